/**
 * The data of the threat-model selector (/threat-model/) and of the assumption links on attack
 * pages, from the catalog, its evaluation relations and the reported results. Pure: pages pass the
 * papers and values in.
 */
import type { AssumptionSet } from '../../schemas/assumptions.ts';
import type { Paper } from '../../schemas/paper.ts';
import { evaluations } from './relations.ts';
import { citationYears } from '../citation/pandoc-citations.ts';
import {
	defenseEvidence,
	evidenceByPair,
	measuredRuns,
	pairStatus,
	type DefenseStatus,
	type ResultValue,
} from './results.ts';
import {
	byYearThenAuthor,
	isAttack,
	paperRef,
	type Attack,
	type PaperRef,
} from '../figures/tables.ts';
import {
	describe,
	needsMoreThan,
	recordOnly,
	unrecorded,
	type ThreatKeys,
	type ThreatLabels,
} from './threat-model.ts';
import { toHref } from '../../site.ts';
import { paperUrl } from '../site/urls.ts';
import {
	auxiliaryData,
	keysOf,
	knowledgeItems,
	observations,
	settings,
	type Observation,
	type Term,
} from './vocabulary.ts';

const labelsOf = <K extends string>(registry: Readonly<Record<K, Term>>) =>
	Object.fromEntries(keysOf(registry).map((key) => [key, registry[key].label])) as Record<
		K,
		string
	>;

/** The vocabularies' labels, for naming missing assumptions. */
export const threatLabels: ThreatLabels = {
	observations: labelsOf(observations),
	knowledge: labelsOf(knowledgeItems),
	auxiliary: labelsOf(auxiliaryData),
};

/** The vocabularies' keys, in registry order, for reading and writing the URL; the observations a
 * system can expose (`recordOnly` ones are left out). */
export const threatKeys: ThreatKeys = {
	observations: keysOf(observations).filter((item) => !recordOnly.includes(item)),
	knowledge: keysOf(knowledgeItems),
	auxiliary: keysOf(auxiliaryData),
};

/** A defense with evidence against an attack: evaluated against it, and how it fared in numbers. */
export interface DefenseAgainst extends PaperRef {
	/** From reported numbers; `no-numbers` when the run is recorded without numbers here. */
	status: DefenseStatus;
}

/** An attack as the selector lists it. */
export interface SelectorAttack extends PaperRef {
	setting: string;
	sets: AssumptionSet[];
	defenses: DefenseAgainst[];
}

/** Every attack's threat models and the defenses with evidence against it. */
export interface SelectorData {
	/** Attacks with recorded assumptions, oldest first. */
	attacks: SelectorAttack[];
	/** Attacks nobody has recorded assumptions for yet. */
	unrecorded: PaperRef[];
}

const statusOrder: DefenseStatus[] = ['holds', 'weakened', 'broken', 'no-numbers'];

/**
 * The selector's data: each attack with its assumption sets, and the defenses evaluated against it
 * (by either paper's `evaluatedAgainst`, or by a third paper's numbers), each with the status its
 * numbers give; defenses that hold come first.
 */
export function selectorData(
	papers: readonly Paper[],
	values: readonly ResultValue[],
): SelectorData {
	const years = citationYears(papers);
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	const defensesOf = new Map<string, Set<string>>();
	const add = (attack: string, defense: string) =>
		defensesOf.set(attack, (defensesOf.get(attack) ?? new Set()).add(defense));
	for (const { attack, defense } of evaluations(papers)) add(attack.id, defense.id);
	for (const { attack, defense } of measuredRuns(values))
		if (byId.get(defense)?.kind === 'defense') add(attack, defense);
	const numbers = evidenceByPair(defenseEvidence(values));
	const attacks = papers.filter(isAttack).toSorted(byYearThenAuthor);
	const withSets = attacks.filter((attack) => (attack.assumptions ?? []).length > 0);
	return {
		attacks: withSets.map((attack) => ({
			...paperRef(attack, years),
			setting: settings[attack.setting].label,
			sets: attack.assumptions ?? [],
			defenses: [...(defensesOf.get(attack.id) ?? [])]
				.flatMap((id) => byId.get(id) ?? [])
				.toSorted(byYearThenAuthor)
				.map((defense) => ({
					...paperRef(defense, years),
					status: pairStatus(numbers.get(`${defense.id}|${attack.id}`) ?? []),
				}))
				.toSorted((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status)),
		})),
		unrecorded: attacks
			.filter((attack) => (attack.assumptions ?? []).length === 0)
			.map((attack) => paperRef(attack, years)),
	};
}

/** The recorded attacks none of whose threat models records what the adversary knows. */
export function knowledgeUnrecorded(attacks: readonly SelectorAttack[]): SelectorAttack[] {
	return attacks.filter((attack) => attack.sets.every((set) => unrecorded(set).includes('knows')));
}

/** How many recorded attacks observe one thing, and what their records say beside it. */
export interface ObservationSummary {
	observation: Observation;
	label: string;
	/** Attacks with a threat model that needs this observation. */
	attacks: number;
	/** Of those, how many record the auxiliary data the attack is shown to work with. */
	bringsRecorded: number;
	/** Of those, how many work without any auxiliary data. */
	noData: number;
	/** Of those, how many train a model of their own, and how many bring a pre-trained one. */
	trains: number;
	pretrained: number;
	/** Of those, how many record anything the adversary needs to know (or does without). */
	knowsRecorded: number;
}

/**
 * For each observation, in vocabulary order, the recorded attacks that need it and what their
 * records say of auxiliary data, training and knowledge; an attack counts once per row, through
 * any of its threat models that needs the observation. Observations no attack needs are left out.
 */
export function observationSummary(papers: readonly Paper[]): ObservationSummary[] {
	const attacks = papers.filter(isAttack);
	return keysOf(observations).flatMap((observation) => {
		const sets = attacks
			.map((attack) =>
				(attack.assumptions ?? []).filter((set) => set.observes.includes(observation)),
			)
			.filter((found) => found.length > 0);
		if (sets.length === 0) return [];
		const count = (holds: (set: AssumptionSet) => boolean) =>
			sets.filter((found) => found.some(holds)).length;
		return [
			{
				observation,
				label: observations[observation].label,
				attacks: sets.length,
				bringsRecorded: count((set) => set.brings !== undefined),
				noData: count((set) => set.brings?.includes('none') ?? false),
				trains: count((set) => set.trains !== undefined),
				pretrained: count((set) => set.pretrained !== undefined),
				knowsRecorded: count((set) => Object.keys(set.knows ?? {}).length > 0),
			},
		];
	});
}

/** Attack sets grouped by what they observe, for the page's tables without JavaScript. */
export interface ObservationGroup {
	/** The observations joined by `+`, e.g. `weights+gradients`. */
	key: string;
	/** The group's fragment id, e.g. `observes-weights-gradients`. */
	anchor: string;
	label: string;
	rows: { attack: SelectorAttack; set: AssumptionSet }[];
}

/**
 * Each assumption set under the combination of observations it needs, the groups in vocabulary
 * order of their observations (fewest first) and the rows oldest first.
 */
export function observationGroups(attacks: readonly SelectorAttack[]): ObservationGroup[] {
	const order = keysOf(observations);
	const rank = (items: readonly Observation[]) =>
		items.map((item) => order.indexOf(item)).toSorted((a, b) => a - b);
	const groups = new Map<string, ObservationGroup & { rank: number[] }>();
	for (const attack of attacks)
		for (const set of attack.sets) {
			const items = order.filter((item) => set.observes.includes(item));
			const key = items.join('+');
			const group = groups.get(key) ?? {
				key,
				anchor: `observes-${items.join('-')}`,
				label: items.map((item) => observations[item].label).join(' + '),
				rows: [],
				rank: rank(items),
			};
			group.rows.push({ attack, set });
			groups.set(key, group);
		}
	const compare = (a: number[], b: number[]) => {
		for (let index = 0; index < Math.min(a.length, b.length); index++)
			if (a[index] !== b[index]) return (a[index] ?? 0) - (b[index] ?? 0);
		return a.length - b.length;
	};
	return [...groups.values()]
		.toSorted((a, b) => compare(a.rank, b.rank))
		.map(({ key, anchor, label, rows }) => ({ key, anchor, label, rows }));
}

/** Another attack of the same setting whose recorded assumptions are strictly more or fewer. */
export interface AssumptionNeighbour extends PaperRef {
	/** What the attack needing more needs beyond the other, in words. */
	difference: string[];
	/** The other attack's variant compared, when it has several. */
	variant?: string | undefined;
}

/**
 * Attacks of `attack`'s setting that need more than it (`more`) and less than it (`less`), with
 * the difference named; at most `limit` of each, the smallest differences first.
 */
export function assumptionNeighbours(
	attack: Attack,
	papers: readonly Paper[],
	limit = 5,
): { more: AssumptionNeighbour[]; less: AssumptionNeighbour[] } {
	const sets = attack.assumptions ?? [];
	if (sets.length === 0) return { more: [], less: [] };
	const years = citationYears(papers);
	const others = papers
		.filter(isAttack)
		.filter((other) => other.id !== attack.id && other.setting === attack.setting)
		.filter((other) => (other.assumptions ?? []).length > 0)
		.toSorted(byYearThenAuthor);
	const neighbours = (direction: 'more' | 'less') =>
		others
			.flatMap((other) => {
				const otherSets = other.assumptions ?? [];
				const found =
					direction === 'more' ? needsMoreThan(otherSets, sets) : needsMoreThan(sets, otherSets);
				if (!found) return [];
				return [
					{
						...paperRef(other, years),
						difference: found.missing.map((item) => describe(item, threatLabels)),
						variant: direction === 'more' ? found.moreVariant : found.lessVariant,
					},
				];
			})
			.toSorted((a, b) => a.difference.length - b.difference.length)
			.slice(0, limit);
	return { more: neighbours('more'), less: neighbours('less') };
}
/** What the selector's script loads from /data/threat-model.json. */
export interface SelectorClientData {
	labels: ThreatLabels;
	keys: ThreatKeys;
	attacks: (Omit<SelectorAttack, 'defenses'> & {
		href: string;
		defenses: (DefenseAgainst & { href: string })[];
	})[];
	/** How many attacks have no recorded assumptions (and so are never matched). */
	unrecorded: number;
}

/** The selector's data with each paper's link, as the page's script reads it. */
export function selectorClientData(
	papers: readonly Paper[],
	values: readonly ResultValue[],
): SelectorClientData {
	const { attacks, unrecorded } = selectorData(papers, values);
	return {
		labels: threatLabels,
		keys: threatKeys,
		attacks: attacks.map((attack) => ({
			...attack,
			href: toHref(paperUrl(attack.id)),
			defenses: attack.defenses.map((defense) => ({
				...defense,
				href: toHref(paperUrl(defense.id)),
			})),
		})),
		unrecorded: unrecorded.length,
	};
}
