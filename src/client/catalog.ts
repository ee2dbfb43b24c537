/**
 * Filters, sorting and exports for the catalog table on `/papers/`. Without this script the page
 * is a complete table; with it, the filter panel (shown by CSS once the head script marks the page
 * as scripted, so nothing shifts) works, and its state lives in the URL. The page's inline loader
 * imports this module on the reader's first move towards the filters or a column header (at once
 * for a URL that carries a filter) and calls `startCatalog`.
 */
import {
	compareSortKeys,
	facetFields,
	filterToParams,
	isFiltering,
	matchesFilter,
	parseFilter,
	readFacets,
	type CatalogFilter,
	type FilterableRow,
} from '../lib/catalog/filters.ts';
import { papersToCsv, type ExportedPaper } from '../lib/data/paper-records.ts';
import { toHref } from '../site.ts';

/**
 * What the text filter searches besides a row's visible cells (every author, the venue's full name,
 * the datasets), fetched from /data/catalog-search.json the first time a reader types, so the page
 * itself stays small.
 */
const searchText = new Map<string, string>();
let searchTextLoad: Promise<void> | undefined;
function loadSearchText(): Promise<void> {
	searchTextLoad ??= fetch(toHref('/data/catalog-search.json'))
		.then((response) => response.json() as Promise<Record<string, string>>)
		.then((entries) => {
			for (const [id, text] of Object.entries(entries)) searchText.set(id, text);
		})
		.catch(() => undefined);
	return searchTextLoad;
}

/** Reads the filterable facts of a row from its data attributes and text. */
function readRow(row: HTMLTableRowElement): FilterableRow {
	const data = row.dataset;
	const words = (value: string | undefined) => (value ? value.split(' ') : []);
	return {
		facets: readFacets((field) => words(data[field])),
		year: Number(data['year']),
		code: data['code'] === '1',
		text: `${row.textContent} ${searchText.get(data['id'] ?? '') ?? ''}`,
	};
}

function readForm(formElement: HTMLFormElement, sort: CatalogFilter['sort']): CatalogFilter {
	// The form's fields carry the URL parameters' names; checked boxes of a facet repeat it.
	const params = new URLSearchParams();
	for (const [name, value] of new FormData(formElement)) {
		if (typeof value === 'string' && value.trim()) params.append(name, value.trim());
	}
	return { ...parseFilter(params), sort };
}

function writeForm(formElement: HTMLFormElement, filter: CatalogFilter): void {
	// A shared view opens the panel, so the reader sees what narrows the list.
	if (isFiltering(filter)) formElement.closest('details')?.setAttribute('open', '');
	for (const input of formElement.querySelectorAll<HTMLInputElement>('input')) {
		const field = input.name as (typeof facetFields)[number];
		if (input.type === 'checkbox' && facetFields.includes(field)) {
			input.checked = filter.facets[field].includes(input.value);
			// Open the group that holds an active filter so readers can see it.
			if (input.checked) input.closest('details')?.setAttribute('open', '');
		} else if (input.name === 'code') input.checked = filter.code;
		else if (input.name === 'from') input.value = filter.from?.toString() ?? '';
		else if (input.name === 'to') input.value = filter.to?.toString() ?? '';
		else if (input.name === 'q') input.value = filter.q;
	}
}

function sortKey(row: HTMLTableRowElement, column: number): string {
	const cell = row.cells[column];
	return cell?.dataset['sort'] ?? cell?.textContent.trim() ?? '';
}

function applyFilter(rows: HTMLTableRowElement[], filter: CatalogFilter): number {
	let shown = 0;
	for (const row of rows) {
		row.hidden = !matchesFilter(readRow(row), filter);
		if (!row.hidden) shown += 1;
	}
	return shown;
}

/** Orders the rows by the filter's sort column; returns that column's header text, if any. */
function applySort(
	tbody: HTMLTableSectionElement,
	headers: HTMLTableCellElement[],
	filter: CatalogFilter,
	original: HTMLTableRowElement[],
): string | undefined {
	const column = headers.findIndex((header) => header.dataset['sortKey'] === filter.sort?.column);
	for (const [index, header] of headers.entries()) {
		if (index === column)
			header.setAttribute('aria-sort', filter.sort?.descending ? 'descending' : 'ascending');
		else header.removeAttribute('aria-sort');
	}
	const sorted =
		column < 0
			? original
			: original.toSorted((a, b) => {
					const order = compareSortKeys(sortKey(a, column), sortKey(b, column));
					return filter.sort?.descending ? -order : order;
				});
	tbody.append(...sorted);
	return headers[column]?.textContent.trim();
}

let exported: Promise<ExportedPaper[]> | undefined;

/** Downloads the visible rows, in their current order, as BibTeX, CSV or JSON. */
async function exportView(format: string, rows: HTMLTableRowElement[]): Promise<void> {
	exported ??= fetch(toHref('/data/papers.json'))
		.then((response) => response.json() as Promise<{ papers: ExportedPaper[] }>)
		.then((data) => data.papers);
	const byId = new Map((await exported).map((paper) => [paper.id, paper]));
	const papers = rows
		.filter((row) => !row.hidden)
		.flatMap((row) => byId.get(row.dataset['id'] ?? '') ?? []);
	const [text, type, extension] =
		format === 'csv'
			? [papersToCsv(papers), 'text/csv', 'csv']
			: format === 'json'
				? [`${JSON.stringify(papers, null, '\t')}\n`, 'application/json', 'json']
				: [papers.map((paper) => paper.bibtex).join(''), 'application/x-bibtex', 'bib'];
	const link = document.createElement('a');
	link.href = URL.createObjectURL(new Blob([text], { type }));
	link.download = `model-inversion-atlas.${extension}`;
	link.click();
	URL.revokeObjectURL(link.href);
}

/**
 * Starts the filters, sorting and exports. Until a filter is set nothing touches the rows, so
 * starting costs no layout; `sortColumn` is a header the reader clicked before the module loaded.
 */
export function startCatalog(sortColumn?: string): void {
	const form = document.querySelector<HTMLFormElement>('#catalog-filters');
	const table = document.querySelector<HTMLTableElement>('#catalog-table');
	const body = table?.tBodies[0];
	const status = document.querySelector<HTMLElement>('#catalog-count');
	const active = document.querySelector<HTMLElement>('#catalog-active');
	const empty = document.querySelector<HTMLElement>('#catalog-empty');
	const emptyQuery = document.querySelector<HTMLElement>('#catalog-empty-search');
	if (!form || !table?.tHead || !body || !status) return;
	const rows = [...body.rows];
	const headers = [...(table.tHead.rows[0]?.cells ?? [])];
	// A URL with a filter wins; otherwise keep whatever the reader entered before the module loaded.
	let filter = location.search
		? parseFilter(new URLSearchParams(location.search))
		: readForm(form, undefined);

	const sortBy = (column: string) => {
		const descending = filter.sort?.column === column ? !filter.sort.descending : column === 'year';
		filter = { ...filter, sort: { column, descending } };
		update();
	};
	// The page's inline script has made each column header a button.
	for (const header of headers) {
		header
			.querySelector('button')
			?.addEventListener('click', () => sortBy(header.dataset['sortKey'] ?? ''));
	}

	// Rows are shown, hidden or moved only when that changes: touching them all costs layout time.
	let appliedSort = 'none';
	let sortLabel: string | undefined;
	let rowsHidden = false;
	const update = () => {
		const filtering = isFiltering(filter);
		const shown = filtering || rowsHidden ? applyFilter(rows, filter) : rows.length;
		rowsHidden = shown < rows.length;
		const sort = filter.sort ? `${filter.sort.column}:${String(filter.sort.descending)}` : 'none';
		if (sort !== appliedSort) sortLabel = applySort(body, headers, filter, rows);
		appliedSort = sort;
		const order =
			filter.sort && sortLabel
				? `, sorted by ${sortLabel}, ${filter.sort.descending ? 'descending' : 'ascending'}`
				: '';
		status.textContent = `Showing ${shown} of ${rows.length} papers${order}.`;
		// The collapsed panel still says that the list is narrowed, and by how many fields.
		const fields = [...filterToParams({ ...filter, sort: undefined }).keys()].length;
		if (active) active.textContent = fields > 0 ? ` (${fields} active)` : '';
		// Nothing matches: say so where the rows were, and offer the ways out.
		if (empty) empty.hidden = shown > 0;
		if (emptyQuery) {
			emptyQuery.hidden = !filter.q;
			const link = emptyQuery.querySelector('a');
			if (link) link.href = `${toHref('/search/')}?q=${encodeURIComponent(filter.q)}`;
		}
		const query = filterToParams(filter).toString();
		history.replaceState(null, '', query ? `?${query}` : location.pathname);
	};

	writeForm(form, filter);
	if (sortColumn) sortBy(sortColumn);
	else if (location.search || isFiltering(filter)) update();
	// A query in the URL or typed by the reader also searches the fuller text, once it has loaded.
	const refineText = () => {
		if (filter.q) void loadSearchText().then(update);
	};
	refineText();
	form.addEventListener('input', () => {
		filter = readForm(form, filter.sort);
		update();
		refineText();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', () =>
		// The reset event fires before the controls are cleared.
		setTimeout(() => {
			filter = readForm(form, undefined);
			update();
		}),
	);
	for (const button of form.querySelectorAll<HTMLButtonElement>('[data-export]')) {
		button.addEventListener(
			'click',
			() => void exportView(button.dataset['export'] ?? '', [...body.rows]),
		);
	}
}
