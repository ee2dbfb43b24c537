/**
 * Pagefind filters of paper pages, and the facets the search page offers. Filter values are the
 * vocabulary labels readers see; the search page's URL uses the vocabulary keys
 * (`/search/?q=gan&access=label-only`) so shared links survive a relabelling.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { AssumptionSet } from '../../schemas/assumptions.ts';
import { facetFields, type FacetField } from './filters.ts';
import {
	accessLevels,
	attackFamilies,
	datasets,
	defenseCategories,
	modalities,
	paperKinds,
	priors,
	settings,
	venueKinds,
	observations,
	knowledgeItems,
	auxiliaryData,
	trainedModels,
	type Term,
} from './vocabulary.ts';

/** One vocabulary readers can filter by, on the catalog page and on the search page. */
export interface Facet {
	key: FacetField;
	legend: string;
	terms: Readonly<Record<string, Term>>;
}

/** A facet's legend, vocabulary and the keys a paper has in it. */
interface FacetSpec {
	legend: string;
	terms: Readonly<Record<string, Term>>;
	values: (paper: Paper) => string[];
}

const attackOf = (paper: Paper) => (paper.kind === 'attack' ? paper : undefined);

/** An attack's recorded assumptions: the union over its threat models. */
const assumed = (paper: Paper, values: (set: AssumptionSet) => readonly string[]) => [
	...new Set((attackOf(paper)?.assumptions ?? []).flatMap(values)),
];

/**
 * Every facet in one place: its legend, its vocabulary and a paper's values. An attack without a
 * family counts as "other", as the table shows it; a paper without a verified venue has no venue
 * kind; an attack's assumptions count from any of its threat models, and `knows` lists only what
 * an attack needs (not what it does without).
 */
const facetSpecs: Readonly<Record<FacetField, FacetSpec>> = {
	kind: { legend: 'Kind', terms: paperKinds, values: (paper) => [paper.kind] },
	family: {
		legend: 'Attack family',
		terms: attackFamilies,
		values: (paper) => (paper.kind === 'attack' ? [paper.family ?? 'other'] : []),
	},
	access: {
		legend: 'Access',
		terms: accessLevels,
		values: (paper) => [...(attackOf(paper)?.access ?? [])],
	},
	modality: {
		legend: 'Modality',
		terms: modalities,
		values: (paper) => {
			const modality = attackOf(paper)?.modality;
			return modality ? [modality] : [];
		},
	},
	setting: {
		legend: 'Setting',
		terms: settings,
		values: (paper) => (paper.kind === 'attack' ? [paper.setting] : []),
	},
	prior: {
		legend: 'Prior',
		terms: priors,
		values: (paper) => {
			const prior = attackOf(paper)?.prior;
			return prior ? [prior] : [];
		},
	},
	dataset: { legend: 'Dataset', terms: datasets, values: (paper) => [...(paper.datasets ?? [])] },
	category: {
		legend: 'Defense category',
		terms: defenseCategories,
		values: (paper) => (paper.kind === 'defense' ? [paper.category] : []),
	},
	venue: {
		legend: 'Venue',
		terms: venueKinds,
		values: (paper) => (paper.venue ? [paper.venue.kind] : []),
	},
	observes: {
		legend: 'Adversary observes',
		terms: observations,
		values: (paper) => assumed(paper, (set) => set.observes),
	},
	knows: {
		legend: 'Adversary needs to know',
		terms: knowledgeItems,
		values: (paper) =>
			assumed(paper, (set) =>
				Object.entries(set.knows ?? {})
					.filter(([, needed]) => needed)
					.map(([item]) => item),
			),
	},
	brings: {
		legend: 'Auxiliary data',
		terms: auxiliaryData,
		values: (paper) => assumed(paper, (set) => set.brings ?? []),
	},
	trains: {
		legend: 'Attack trains',
		terms: trainedModels,
		values: (paper) => assumed(paper, (set) => set.trains ?? []),
	},
};

/** The catalog's facets, in the order the filter forms show them (`facetFields`). */
export const catalogFacets: readonly Facet[] = facetFields.map((key) => ({
	key,
	legend: facetSpecs[key].legend,
	terms: facetSpecs[key].terms,
}));

/** The vocabulary keys of a paper that the catalog's facets filter on, per facet. */
export function catalogRowFacets(paper: Paper): Record<FacetField, string[]> {
	return Object.fromEntries(
		facetFields.map((key) => [key, facetSpecs[key].values(paper)]),
	) as Record<FacetField, string[]>;
}

/** Facets that paper pages index as Pagefind filters (`paperSearchFilters`). */
const searchFacetKeys: readonly FacetField[] = ['kind', 'family', 'access', 'modality'];

/** The search page offers the facets that paper pages index. */
export const searchFacets = catalogFacets.filter((facet) => searchFacetKeys.includes(facet.key));

/**
 * The facets with only the values at least one paper has, in registry order, so that no checkbox
 * leads to an empty catalog (the dataset registry also serves reported results); facets left
 * without values are dropped.
 */
export function facetsInUse(
	facets: readonly Facet[],
	rows: readonly { facets: Record<FacetField, string[]> }[],
): Facet[] {
	return facets.flatMap((facet) => {
		const used = new Set(rows.flatMap((row) => row.facets[facet.key]));
		const terms = Object.entries(facet.terms).filter(([key]) => used.has(key));
		return terms.length > 0 ? [{ ...facet, terms: Object.fromEntries(terms) }] : [];
	});
}

/** `[filter, value]` pairs of a paper page, one per value (an attack may have several accesses). */
export function paperSearchFilters(paper: Paper): [string, string][] {
	const filters: [string, string][] = [
		['kind', paperKinds[paper.kind].label],
		['year', String(paper.year)],
	];
	for (const name of methodNames(paper)) filters.push(['method', name]);
	if (paper.kind === 'attack') {
		if (paper.family) filters.push(['family', attackFamilies[paper.family].label]);
		for (const access of paper.access) filters.push(['access', accessLevels[access].label]);
		if (paper.modality) filters.push(['modality', modalities[paper.modality].label]);
	}
	return filters;
}

/**
 * A paper's method names as the search matches them: lowercase, one per name ("CSMIA/LOMIA" gives
 * two). The search client looks a query up in this filter so that typing a method name puts its
 * paper first, whatever full-text ranking does with names like "iDLG" that contain "DLG".
 */
export function methodNames(paper: Pick<Paper, 'short'>): string[] {
	return (paper.short ?? '')
		.split('/')
		.map((name) => name.trim().toLowerCase())
		.filter(Boolean);
}
