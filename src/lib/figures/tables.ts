/**
 * Comparison tables built from the catalog. Each function takes papers (and an optional filter)
 * and returns plain rows; components only print them. Rows follow the registry order of their
 * grouping vocabulary, then year, then first author.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { FacetField } from '../catalog/filters.ts';
import { catalogRowFacets } from '../catalog/search-filters.ts';
import { evaluations } from '../catalog/relations.ts';
import { citationLabel, citationNames, citationYears } from '../citation/pandoc-citations.ts';
import { compareFirstAuthors } from '../citation/names.ts';
import { formatVenue, sortPapersForCatalog } from '../catalog/papers.ts';
import {
	accessLevels,
	attackFamilies,
	datasets,
	defenseCategories,
	defenseStages,
	modalities,
	paperKinds,
	priors,
	settings,
	type AccessLevel,
	type AuxiliaryData,
	type Knowledge,
	type Observation,
	type TrainedModel,
	type AttackFamily,
	type DefenseCategory,
	type Modality,
	type Setting,
	type Term,
} from '../catalog/vocabulary.ts';

export type Attack = Extract<Paper, { kind: 'attack' }>;
export type Defense = Extract<Paper, { kind: 'defense' }>;

/** A vocabulary value as tables print it. */
export interface TermCell extends Term {
	key: string;
}

/** A link to a catalog entry, labelled the way running text cites it. */
export interface PaperRef {
	id: string;
	/** Author-year, as running text cites it: "Zhang et al. 2020". */
	label: string;
	/** The method's own name when the paper gives one ("GMI"), else the author-year label. */
	name: string;
	title: string;
	year: number;
}

export interface Group<Row> extends TermCell {
	rows: Row[];
}

const term = <K extends string>(registry: Readonly<Record<K, Term>>, key: K): TermCell => ({
	key,
	...registry[key],
});

/** Refers to a paper by its author-year label; `years` disambiguates (see `citationYears`). */
export const paperRef = (paper: Paper, years?: ReadonlyMap<string, string>): PaperRef => ({
	id: paper.id,
	label: citationLabel(paper, years),
	name: paper.short ?? citationLabel(paper, years),
	title: paper.title,
	year: paper.year,
});

/**
 * Names papers by id the way tables and setting titles print them: the method name (`short`),
 * else the citation label; an id missing from `papers` is printed as it is.
 */
export function paperNamer(papers: readonly Paper[]): (id: string) => string {
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	return (id) => {
		const paper = byId.get(id);
		return paper ? paperRef(paper).name : id;
	};
}

export const byYearThenAuthor = (a: Paper, b: Paper): number =>
	a.year - b.year || compareFirstAuthors(a, b) || a.id.localeCompare(b.id);

export const isAttack = (paper: Paper): paper is Attack => paper.kind === 'attack';
export const isDefense = (paper: Paper): paper is Defense => paper.kind === 'defense';

/** Groups rows under the terms of a registry, in registry order, dropping empty groups. */
function groupBy<K extends string, Row>(
	registry: Readonly<Record<K, Term>>,
	rows: readonly Row[],
	keyOf: (row: Row) => K,
): Group<Row>[] {
	return (Object.keys(registry) as K[])
		.map((key) => ({ ...term(registry, key), rows: rows.filter((row) => keyOf(row) === key) }))
		.filter((group) => group.rows.length > 0);
}

/** Which attacks a table shows; every given field must match. */
export interface AttackFilter {
	family?: AttackFamily | undefined;
	access?: AccessLevel | undefined;
	setting?: Setting | undefined;
	modality?: Modality | undefined;
	/** Recorded assumptions (any of an attack's threat models), as the catalog facets read them. */
	observes?: Observation | undefined;
	knows?: Knowledge | undefined;
	brings?: AuxiliaryData | undefined;
	trains?: TrainedModel | undefined;
}

export interface AttackRow extends PaperRef {
	setting: TermCell;
	modality?: TermCell | undefined;
	access: TermCell[];
	prior?: TermCell | undefined;
}

/** Attacks grouped by family (unclassified ones under "Other"), with access, prior and setting. */
export function compareAttacks(
	papers: readonly Paper[],
	filter: AttackFilter = {},
): Group<AttackRow>[] {
	const years = citationYears(papers);
	const attacks = papers
		.filter(isAttack)
		.filter(
			(attack) =>
				(!filter.family || (attack.family ?? 'other') === filter.family) &&
				(!filter.access || attack.access.includes(filter.access)) &&
				(!filter.setting || attack.setting === filter.setting) &&
				(!filter.modality || attack.modality === filter.modality) &&
				matchesAssumptions(attack, filter),
		)
		.toSorted(byYearThenAuthor);
	return groupBy(attackFamilies, attacks, (attack) => attack.family ?? 'other').map((group) => ({
		...group,
		rows: group.rows.map((attack) => ({
			...paperRef(attack, years),
			setting: term(settings, attack.setting),
			modality: attack.modality && term(modalities, attack.modality),
			access: attack.access.map((key) => term(accessLevels, key)),
			prior: attack.prior && term(priors, attack.prior),
		})),
	}));
}

/** Which defenses a table shows. */
export interface DefenseFilter {
	category?: DefenseCategory | undefined;
	stage?: keyof typeof defenseStages | undefined;
}

export interface DefenseRow extends PaperRef {
	stage?: TermCell | undefined;
	evaluatedAgainst: PaperRef[];
}

/** Defenses grouped by category, with their stage and the catalog attacks they were tested on. */
export function compareDefenses(
	papers: readonly Paper[],
	filter: DefenseFilter = {},
): Group<DefenseRow>[] {
	const years = citationYears(papers);
	const attacksByDefense = new Map<string, Set<Paper>>();
	for (const { attack, defense } of evaluations(papers))
		attacksByDefense.set(defense.id, (attacksByDefense.get(defense.id) ?? new Set()).add(attack));
	const defenses = papers
		.filter(isDefense)
		.filter(
			(defense) =>
				(!filter.category || defense.category === filter.category) &&
				(!filter.stage || defense.stage === filter.stage),
		)
		.toSorted(byYearThenAuthor);
	return groupBy(defenseCategories, defenses, (defense) => defense.category).map((group) => ({
		...group,
		rows: group.rows.map((defense) => ({
			...paperRef(defense, years),
			stage: defense.stage && term(defenseStages, defense.stage),
			evaluatedAgainst: [...(attacksByDefense.get(defense.id) ?? [])]
				.toSorted(byYearThenAuthor)
				.map((attack) => paperRef(attack, years)),
		})),
	}));
}

/** Which defenses were evaluated against which attacks, and who reported each run. */
export interface DefenseMatrix {
	/** The attacks most often used to evaluate defenses (at most `maxAttacks`), oldest first. */
	attacks: PaperRef[];
	/** Defenses evaluated against at least one of those attacks, oldest first. */
	defenses: PaperRef[];
	/**
	 * `evidence[d][a]`: the papers that report defense `d` run against attack `a` (the defense's
	 * own paper, the attack's paper, or a third paper whose numbers the results collection holds);
	 * empty when the catalog records no such run.
	 */
	evidence: PaperRef[][][];
	/** Attacks left out because the matrix would be too wide to read. */
	omittedAttacks: number;
}

/**
 * The attack-by-defense matrix, with evidence from both sides: a defense paper's
 * `evaluatedAgainst` and an attack paper's `evaluatedAgainst`. A matrix of every pair stops being
 * readable as the catalog grows, so columns are limited to the `maxAttacks` attacks evaluated
 * against the most defenses; every pair is still listed on the papers' own pages.
 */
export function defenseMatrix(
	papers: readonly Paper[],
	maxAttacks = 30,
	/** Runs read from reported results: `source` measured `attack` against `defense`. */
	measured: readonly { attack: string; defense: string; source: string }[] = [],
): DefenseMatrix {
	const years = citationYears(papers);
	const ref = (paper: Paper) => paperRef(paper, years);
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	const pairs = [
		...evaluations(papers),
		...measured.flatMap(({ attack, defense, source }) => {
			const [a, d, s] = [byId.get(attack), byId.get(defense), byId.get(source)];
			return a && d && s ? [{ attack: a, defense: d, reportedBy: s }] : [];
		}),
	];
	const defensesPerAttack = new Map<string, Set<string>>();
	for (const { attack, defense } of pairs)
		defensesPerAttack.set(
			attack.id,
			(defensesPerAttack.get(attack.id) ?? new Set()).add(defense.id),
		);
	const chosen = [...defensesPerAttack]
		.toSorted(([a, setA], [b, setB]) => setB.size - setA.size || a.localeCompare(b))
		.slice(0, maxAttacks)
		.map(([id]) => id);
	const columns = new Set(chosen);
	const attacks = chosen.flatMap((id) => byId.get(id) ?? []).toSorted(byYearThenAuthor);
	const defenses = [
		...new Set(pairs.filter((pair) => columns.has(pair.attack.id)).map((pair) => pair.defense)),
	].toSorted(byYearThenAuthor);
	const reporters = (defense: Paper, attack: Paper) =>
		pairs
			.filter((pair) => pair.defense.id === defense.id && pair.attack.id === attack.id)
			.map((pair) => pair.reportedBy)
			.filter((paper, index, list) => list.indexOf(paper) === index)
			.toSorted(byYearThenAuthor)
			.map(ref);
	return {
		attacks: attacks.map(ref),
		defenses: defenses.map(ref),
		evidence: defenses.map((defense) => attacks.map((attack) => reporters(defense, attack))),
		omittedAttacks: defensesPerAttack.size - attacks.length,
	};
}

/** Counts of attacks per first-publication year, one series per family. */
export interface YearSeries {
	years: number[];
	series: (TermCell & { counts: number[] })[];
}

/**
 * Counts per first-publication year of `items`, one series per term of `registry` (in registry
 * order, empty series dropped), over every year from the first to the last (gaps count 0).
 */
function perYear<T extends Paper, K extends string>(
	items: readonly T[],
	registry: Readonly<Record<K, Term>>,
	keyOf: (item: T) => K,
): YearSeries {
	if (items.length === 0) return { years: [], series: [] };
	const first = Math.min(...items.map((item) => item.year));
	const last = Math.max(...items.map((item) => item.year));
	const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
	return {
		years,
		series: groupBy(registry, items, keyOf).map(({ rows, ...term }) => ({
			...term,
			counts: years.map((year) => rows.filter((item) => item.year === year).length),
		})),
	};
}

/** Attacks per year by family, over every year from the first to the last (gaps count 0). */
export const attacksPerYearByFamily = (papers: readonly Paper[]): YearSeries =>
	perYear(papers.filter(isAttack), attackFamilies, (attack) => attack.family ?? 'other');

/** Catalog entries per year by kind (attacks, defenses, surveys, ...): the field's growth. */
export const papersPerYearByKind = (papers: readonly Paper[]): YearSeries =>
	perYear(papers, paperKinds, (paper) => paper.kind);

/** One row of the catalog table on `/papers/`. */
export interface CatalogRow extends PaperRef {
	authors: string;
	venue: string;
	kind: TermCell;
	family?: TermCell | undefined;
	access: TermCell[];
	modality?: TermCell | undefined;
	setting?: TermCell | undefined;
	code?: string | undefined;
	/** Vocabulary keys the catalog filters on, per facet (empty when the field does not apply). */
	facets: Record<FacetField, string[]>;
	/**
	 * What the text filter searches besides the visible cells: every author, the venue's full
	 * name and the datasets (the row itself shows "Kahla et al." and "CVPR 2022").
	 */
	search: string;
}

/** Whether an attack's recorded assumptions include every assumption the filter names. */
function matchesAssumptions(attack: Attack, filter: AttackFilter): boolean {
	const recorded = catalogRowFacets(attack);
	return (['observes', 'knows', 'brings', 'trains'] as const).every((field) => {
		const wanted = filter[field];
		return !wanted || recorded[field].includes(wanted);
	});
}

/** The whole catalog, newest first, as the `/papers/` table prints it. */
export function catalogRows(papers: readonly Paper[]): CatalogRow[] {
	const years = citationYears(papers);
	return sortPapersForCatalog(papers).map((paper) => ({
		...paperRef(paper, years),
		authors: citationNames(paper),
		venue: formatVenue(paper),
		kind: term(paperKinds, paper.kind),
		family: isAttack(paper) ? term(attackFamilies, paper.family ?? 'other') : undefined,
		access: isAttack(paper) ? paper.access.map((key) => term(accessLevels, key)) : [],
		modality: isAttack(paper) && paper.modality ? term(modalities, paper.modality) : undefined,
		setting: isAttack(paper) ? term(settings, paper.setting) : undefined,
		code: paper.code,
		facets: catalogRowFacets(paper),
		search: [
			...paper.authors,
			paper.venue?.name ?? '',
			...(paper.datasets ?? []).map((key) => datasets[key].label),
		]
			.filter(Boolean)
			.join(' · '),
	}));
}
