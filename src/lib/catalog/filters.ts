/**
 * The catalog page's filters, shared by the browser script and the tests. A filter lives in the
 * URL (`/papers/?kind=attack&access=label-only&from=2020&q=gan`) so that a view can be shared.
 */

/**
 * Vocabulary fields the catalog filters on, each also the name of its URL parameter and of the
 * table row's data attribute (`data-dataset="celeba ffhq"`). Values within a field are
 * alternatives (OR); fields combine with AND. `category` is a defense's category, `venue` the
 * kind of venue (conference, journal, ...). `observes`, `knows`, `brings` and `trains` are an
 * attack's recorded assumptions (any of its threat models): what the adversary observes, what it
 * needs to know, the auxiliary data and the models it trains.
 */
export const facetFields = [
	'kind',
	'family',
	'access',
	'modality',
	'setting',
	'prior',
	'dataset',
	'category',
	'venue',
	'observes',
	'knows',
	'brings',
	'trains',
] as const;
export type FacetField = (typeof facetFields)[number];

export interface CatalogFilter {
	facets: Record<FacetField, string[]>;
	/** Inclusive year range. */
	from?: number | undefined;
	to?: number | undefined;
	/** Only papers with official code. */
	code: boolean;
	/** Free text; every word must occur in the method name, title, any author, venue or dataset. */
	q: string;
	/** Column the table is sorted by, and direction. */
	sort?: { column: string; descending: boolean } | undefined;
}

/** What the filter needs to know about one paper (read from the table row's data attributes). */
export interface FilterableRow {
	facets: Record<FacetField, string[]>;
	year: number;
	code: boolean;
	text: string;
}

/** Values per facet read from `read(field)`, e.g. a query parameter or a data attribute. */
export function readFacets(read: (field: FacetField) => string[]): Record<FacetField, string[]> {
	return Object.fromEntries(facetFields.map((field) => [field, read(field)])) as Record<
		FacetField,
		string[]
	>;
}

/** Lowercase without accents, so "Tramèr" matches "tramer". */
export function normaliseText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const year = (value: string | null): number | undefined =>
	value && /^\d{4}$/.test(value) ? Number(value) : undefined;

/** Reads a filter from a query string; unknown or malformed parameters are ignored. */
export function parseFilter(params: URLSearchParams): CatalogFilter {
	// A repeated parameter (`access=a&access=b`, as a form submits it) means the same as `access=a,b`.
	const facets = readFacets((field) =>
		params
			.getAll(field)
			.join(',')
			.split(',')
			.map((value) => value.trim())
			.filter((value) => /^[a-z0-9][a-z0-9-]*$/.test(value)),
	);
	const sort = params.get('sort');
	const match = sort ? /^(-?)([a-z]+)$/.exec(sort) : null;
	return {
		facets,
		from: year(params.get('from')),
		to: year(params.get('to')),
		code: params.get('code') === '1',
		q: (params.get('q') ?? '').trim(),
		sort: match ? { column: match[2] ?? '', descending: match[1] === '-' } : undefined,
	};
}

/** Writes a filter as a query string, leaving out everything at its default. */
export function filterToParams(filter: CatalogFilter): URLSearchParams {
	const params = new URLSearchParams();
	for (const field of facetFields) {
		if (filter.facets[field].length > 0) params.set(field, filter.facets[field].join(','));
	}
	if (filter.from !== undefined) params.set('from', String(filter.from));
	if (filter.to !== undefined) params.set('to', String(filter.to));
	if (filter.code) params.set('code', '1');
	if (filter.q) params.set('q', filter.q);
	if (filter.sort) params.set('sort', `${filter.sort.descending ? '-' : ''}${filter.sort.column}`);
	return params;
}

/** True when the filter narrows anything down (a sort alone does not). */
export function isFiltering(filter: CatalogFilter): boolean {
	return (
		facetFields.some((field) => filter.facets[field].length > 0) ||
		filter.from !== undefined ||
		filter.to !== undefined ||
		filter.code ||
		filter.q !== ''
	);
}

/** True when the row passes every part of the filter. */
export function matchesFilter(row: FilterableRow, filter: CatalogFilter): boolean {
	for (const field of facetFields) {
		const wanted = filter.facets[field];
		if (wanted.length > 0 && !row.facets[field].some((value) => wanted.includes(value))) {
			return false;
		}
	}
	if (filter.from !== undefined && row.year < filter.from) return false;
	if (filter.to !== undefined && row.year > filter.to) return false;
	if (filter.code && !row.code) return false;
	const text = normaliseText(row.text);
	return normaliseText(filter.q)
		.split(/\s+/)
		.every((word) => text.includes(word));
}

/** Orders two cell sort keys: numerically when both are numbers, otherwise alphabetically. */
export function compareSortKeys(a: string, b: string): number {
	const x = Number(a);
	const y = Number(b);
	if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
	return a.localeCompare(b, 'en', { sensitivity: 'base' });
}
