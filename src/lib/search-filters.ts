/**
 * Pagefind filters of paper pages, and the facets the search page offers. Filter values are the
 * vocabulary labels readers see; the search page's URL uses the vocabulary keys
 * (`/search/?q=gan&access=label-only`) so shared links survive a relabelling.
 */
import type { Paper } from '../schemas/paper.ts';
import { accessLevels, attackFamilies, modalities, paperKinds, type Term } from './vocabulary.ts';

/** Facets in the order the search page shows them. */
export const searchFacets = [
	{ key: 'kind', legend: 'Kind', terms: paperKinds },
	{ key: 'family', legend: 'Attack family', terms: attackFamilies },
	{ key: 'access', legend: 'Access', terms: accessLevels },
	{ key: 'modality', legend: 'Modality', terms: modalities },
] as const satisfies readonly {
	key: string;
	legend: string;
	terms: Readonly<Record<string, Term>>;
}[];

/** `[filter, value]` pairs of a paper page, one per value (an attack may have several accesses). */
export function paperSearchFilters(paper: Paper): [string, string][] {
	const filters: [string, string][] = [
		['kind', paperKinds[paper.kind].label],
		['year', String(paper.year)],
	];
	if (paper.kind === 'attack') {
		if (paper.family) filters.push(['family', attackFamilies[paper.family].label]);
		for (const access of paper.access) filters.push(['access', accessLevels[access].label]);
		if (paper.modality) filters.push(['modality', modalities[paper.modality].label]);
	}
	return filters;
}
