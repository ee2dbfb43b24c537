/**
 * What a paper's page shows besides its own fields: the threat-model card, the venue line and
 * the groups of related entries. Pure, so the page only prints them.
 */
import type { AssumptionSet } from '../../schemas/assumptions.ts';
import type { Paper } from '../../schemas/paper.ts';
import { citationLabel, citationYears } from '../citation/pandoc-citations.ts';
import { anchorSlug } from '../site/slugs.ts';
import { assumptionNeighbours } from './threat-model-data.ts';
import { describeUnrecorded, unrecorded } from './threat-model.ts';
import {
	evaluations,
	papersCiting,
	relatedIds,
	relations,
	type RelationField,
} from './relations.ts';
import { formatVenue } from './papers.ts';
import { groupResults, resultsForPaper, type ResultValue } from './results.ts';
import {
	accessLevels,
	attackFamilies,
	auxiliaryData,
	knowledgeItems,
	observations,
	serverBehaviors,
	trainedModels,
	datasets,
	defenseCategories,
	defenseStages,
	metrics,
	modalities,
	priors,
	settings,
} from './vocabulary.ts';

/** Term and value pairs of the card, as labels: `['Access', 'White-box, Label-only']`. */
export function threatModelCard(paper: Paper): [string, string][] {
	const card: [string, string | undefined][] =
		paper.kind === 'attack'
			? [
					['Setting', settings[paper.setting].label],
					['Modality', paper.modality && modalities[paper.modality].label],
					['Access', paper.access.map((key) => accessLevels[key].label).join(', ')],
					['Family', paper.family && attackFamilies[paper.family].label],
					['Prior', paper.prior && priors[paper.prior].label],
				]
			: paper.kind === 'defense'
				? [
						['Category', defenseCategories[paper.category].label],
						['Stage', paper.stage && defenseStages[paper.stage].label],
					]
				: [];
	card.push(['Datasets', paper.datasets?.map((key) => datasets[key].label).join(', ')]);
	card.push(['Metrics', paper.metrics?.map((key) => metrics[key].label).join(', ')]);
	return card.filter((entry): entry is [string, string] => Boolean(entry[1]));
}

/**
 * "IEEE/CVF ... (CVPR 2020) · first public version 2019", or "Preprint". The venue is named once:
 * a venue without a separate short name reads "CVPR 2020", not "CVPR (CVPR 2020)".
 */
export function venueLine(paper: Paper): string {
	const venue = paper.venue;
	const named = !venue
		? 'Preprint'
		: venue.short && venue.short !== venue.name
			? `${venue.name} (${formatVenue(paper)})`
			: formatVenue(paper);
	return [
		named,
		paper.venue?.year && paper.venue.year !== paper.year
			? `first public version ${paper.year}`
			: '',
	]
		.filter(Boolean)
		.join(' · ');
}

export interface RelatedItem<T> {
	paper: T;
	/** For an evaluation reported by the other paper: that paper. */
	reportedBy?: T | undefined;
}

export interface RelatedGroup<T> {
	/** Heading id on the paper page. */
	id: string;
	heading: string;
	items: RelatedItem<T>[];
}

/**
 * The paper's own claims about other entries, then the claims other entries make about it.
 * Evaluations are merged from both sides (see `evaluations`), each naming who reported it.
 */
export function relatedGroups<T extends Paper>(paper: T, papers: readonly T[]): RelatedGroup<T>[] {
	const byId = new Map(papers.map((entry) => [entry.id, entry]));
	const own = (field: RelationField) =>
		relatedIds(paper, field).flatMap((id) => {
			const other = byId.get(id);
			return other ? [{ paper: other }] : [];
		});
	const citing = (field: RelationField) =>
		papersCiting(papers, paper.id, field).map((other) => ({ paper: other }));
	const evaluated = evaluations(papers).flatMap((pair) => {
		const other =
			pair.attack.id === paper.id
				? pair.defense
				: pair.defense.id === paper.id
					? pair.attack
					: null;
		if (!other) return [];
		return [
			{ paper: other, reportedBy: pair.reportedBy.id === paper.id ? undefined : pair.reportedBy },
		];
	});
	const evaluatedHeading =
		paper.kind === 'attack' ? 'Defenses evaluated against it' : 'Attacks it was evaluated against';
	return [
		{ id: 'builds-on', heading: relations.buildsOn.label, items: own('buildsOn') },
		{ id: 'compared-with', heading: relations.comparedWith.label, items: own('comparedWith') },
		{ id: 'evaluated-against', heading: evaluatedHeading, items: evaluated },
		{ id: 'evaluates', heading: relations.evaluates.label, items: own('evaluates') },
		{ id: 'built-upon-by', heading: relations.buildsOn.inverse, items: citing('buildsOn') },
		{ id: 'baseline-for', heading: relations.comparedWith.inverse, items: citing('comparedWith') },
		{ id: 'evaluated-in', heading: relations.evaluates.inverse, items: citing('evaluates') },
	].filter((group) => group.items.length > 0);
}

/** One assumption set of an attack as the page's card prints it. */
export interface AssumptionCard {
	/** The variant's name, when the attack has several threat models. */
	name?: string | undefined;
	/** Fragment id of the card's heading: `assumptions`, or `assumptions-<slug of the name>`. */
	id: string;
	/** Ids the heading had before they were transliterated, kept so that old `#links` still land. */
	aliases: string[];
	rows: [string, string][];
	/** What the set leaves open, as a sentence ("Not recorded: what it needs to know."), or ''. */
	open: string;
}

/**
 * The heading id as pages printed it until 2026-11: ASCII letters kept, everything else a hyphen,
 * not trimmed ("White-box (GraphMI)" -> "white-box-graphmi-"). Only for aliases; never for new ids.
 */
const publishedAssumptionsId = (name: string): string =>
	`assumptions-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/**
 * An attack's recorded threat models as term and value pairs: what the adversary observes, what
 * it needs to know, what the paper says it does without, what it brings and trains. Empty for an
 * attack whose assumptions nobody has read yet.
 */
export function assumptionCards(paper: Paper): AssumptionCard[] {
	if (paper.kind !== 'attack') return [];
	return (paper.assumptions ?? []).map((set) => {
		const id = set.name ? `assumptions-${anchorSlug(set.name)}` : 'assumptions';
		const published = set.name ? publishedAssumptionsId(set.name) : id;
		return {
			name: set.name,
			id,
			aliases: published === id ? [] : [published],
			rows: assumptionRows(set),
			open: unrecordedSentence(set),
		};
	});
}

/** What a set leaves open, as the cards and the selector's tables print it; '' when nothing is. */
export function unrecordedSentence(set: AssumptionSet): string {
	const open = unrecorded(set);
	return open.length === 0 ? '' : `Not recorded: ${describeUnrecorded(open)}.`;
}

/** One assumption set as term and value pairs, the terms not recorded left out. */
export function assumptionRows(set: AssumptionSet): [string, string][] {
	const knows = Object.entries(set.knows ?? {}) as [keyof typeof knowledgeItems, boolean][];
	const labels = (keys: readonly string[], registry: Readonly<Record<string, { label: string }>>) =>
		keys.map((key) => registry[key]?.label ?? key).join(', ');
	const rows: [string, string | undefined][] = [
		['Observes', labels(set.observes, observations)],
		['Top-k', set.topK === undefined ? undefined : String(set.topK)],
		['Largest batch', set.gradientBatch === undefined ? undefined : String(set.gradientBatch)],
		['Query budget', set.queryBudget],
		[
			'Needs to know',
			labels(
				knows.filter(([, needed]) => needed).map(([key]) => key),
				knowledgeItems,
			) || undefined,
		],
		[
			'Works without',
			labels(
				knows.filter(([, needed]) => !needed).map(([key]) => key),
				knowledgeItems,
			) || undefined,
		],
		['Auxiliary data', set.brings?.map((key) => auxiliaryData[key].label).join(' or ')],
		['Pre-trained model', set.pretrained],
		['Trains', set.trains ? labels(set.trains, trainedModels) : undefined],
		['Server', set.server ? serverBehaviors[set.server].label : undefined],
	];
	return rows.filter((row): row is [string, string] => Boolean(row[1]));
}

/** The catalog papers one chapter cites, as the citation plugin collected them. */
export interface ChapterCitations {
	id: string;
	title: string;
	/** Ids of the cited papers. */
	citations: readonly string[];
}

/** For each cited paper id, the chapters that cite it, in the order the chapters are given. */
export function chaptersCiting(
	chapters: readonly ChapterCitations[],
): Map<string, { id: string; title: string }[]> {
	const citedBy = new Map<string, { id: string; title: string }[]>();
	for (const { id, title, citations } of chapters) {
		for (const cited of citations)
			citedBy.set(cited, [...(citedBy.get(cited) ?? []), { id, title }]);
	}
	return citedBy;
}

/**
 * Everything each paper's page prints besides the paper's own fields, one record per paper:
 * related entries, the chapters citing it, its reported results, and the catalog-wide
 * disambiguated years, labels ("Zhang et al., 2020") and method names (its `short`, else its label).
 */
export function paperPages<T extends Paper>(
	papers: readonly T[],
	values: readonly ResultValue[],
	chapters: readonly ChapterCitations[],
) {
	const citedBy = chaptersCiting(chapters);
	const years = citationYears(papers);
	const groups = groupResults(values);
	const labels = new Map(papers.map((paper) => [paper.id, citationLabel(paper, years)]));
	const names = new Map(
		papers.map((paper) => [paper.id, paper.short ?? citationLabel(paper, years)]),
	);
	return papers.map((paper) => ({
		paper,
		years,
		related: relatedGroups(paper, papers),
		neighbours: paper.kind === 'attack' ? assumptionNeighbours(paper, papers) : undefined,
		chapters: citedBy.get(paper.id) ?? [],
		results: resultsForPaper(paper.id, values, groups),
		names,
		labels,
	}));
}
