/**
 * Pagefind filters of paper pages, and the facets the search page offers. Filter values are the
 * vocabulary labels readers see; the search page's URL uses the vocabulary keys
 * (`/search/?q=gan&access=label-only`) so shared links survive a relabelling.
 */
import type { Paper } from '../schemas/paper.ts';
import type { FacetField } from './catalog-filter.ts';
import {
	accessLevels,
	attackFamilies,
	modalities,
	paperKinds,
	settings,
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
];

/** The search page offers the same facets but the setting, which paper pages do not index. */
export const searchFacets = catalogFacets.filter((facet) => facet.key !== 'setting');

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
