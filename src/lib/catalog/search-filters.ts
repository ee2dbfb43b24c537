/**
 * Pagefind filters of paper pages, and the facets the search page offers. Filter values are the
 * vocabulary labels readers see; the search page's URL uses the vocabulary keys
 * (`/search/?q=gan&access=label-only`) so shared links survive a relabelling.
 */
import type { Paper } from '../../schemas/paper.ts';
import type { FacetField } from './filters.ts';
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

/** The catalog's facets, in the order the filter forms show them. */
export const catalogFacets: readonly Facet[] = [
	{ key: 'kind', legend: 'Kind', terms: paperKinds },
	{ key: 'family', legend: 'Attack family', terms: attackFamilies },
	{ key: 'access', legend: 'Access', terms: accessLevels },
	{ key: 'modality', legend: 'Modality', terms: modalities },
	{ key: 'setting', legend: 'Setting', terms: settings },
	{ key: 'prior', legend: 'Prior', terms: priors },
	{ key: 'dataset', legend: 'Dataset', terms: datasets },
	{ key: 'category', legend: 'Defense category', terms: defenseCategories },
	{ key: 'venue', legend: 'Venue', terms: venueKinds },
	{ key: 'observes', legend: 'Adversary observes', terms: observations },
	{ key: 'knows', legend: 'Adversary needs to know', terms: knowledgeItems },
	{ key: 'brings', legend: 'Auxiliary data', terms: auxiliaryData },
	{ key: 'trains', legend: 'Attack trains', terms: trainedModels },
];

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
