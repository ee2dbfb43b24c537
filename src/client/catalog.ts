/**
 * Filters, sorting and exports for the catalog table on `/papers/`. Without this script the page
 * is a complete table; with it, the filter form (shown by CSS once the head script marks the page
 * as scripted, so nothing shifts) works, and its state lives in the URL.
 */
import {
	compareSortKeys,
	facetFields,
	filterToParams,
	matchesFilter,
	parseFilter,
	type CatalogFilter,
	type FilterableRow,
} from '../lib/catalog-filter.ts';
import { papersToCsv, type ExportedPaper } from '../lib/exports.ts';
import { toHref } from '../site.ts';

const form = document.querySelector<HTMLFormElement>('#catalog-filters');
const table = document.querySelector<HTMLTableElement>('#catalog-table');
const body = table?.tBodies[0];
const status = document.querySelector<HTMLElement>('#catalog-count');
const empty = document.querySelector<HTMLElement>('#catalog-empty');
const emptyQuery = document.querySelector<HTMLElement>('#catalog-empty-search');

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
		facets: {
			kind: words(data['kind']),
			family: words(data['family']),
			access: words(data['access']),
			modality: words(data['modality']),
			setting: words(data['setting']),
		},
		year: Number(data['year']),
		code: data['code'] === '1',
		text: `${row.textContent} ${searchText.get(data['id'] ?? '') ?? ''}`,
	};
}

function readForm(formElement: HTMLFormElement, sort: CatalogFilter['sort']): CatalogFilter {
	const data = new FormData(formElement);
	const params = new URLSearchParams();
	for (const field of facetFields) {
		const values = data.getAll(field).map(String);
		if (values.length > 0) params.set(field, values.join(','));
	}
	for (const name of ['from', 'to', 'q', 'code']) {
		const entry = data.get(name);
		const value = typeof entry === 'string' ? entry.trim() : '';
		if (value) params.set(name, value);
	}
	return { ...parseFilter(params), sort };
}

function writeForm(formElement: HTMLFormElement, filter: CatalogFilter): void {
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

function applySort(
	tbody: HTMLTableSectionElement,
	headers: HTMLTableCellElement[],
	filter: CatalogFilter,
	original: HTMLTableRowElement[],
): void {
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

if (form && table && body && status) {
	const rows = [...body.rows];
	const headers = [...table.tHead!.rows[0]!.cells];
	let filter = parseFilter(new URLSearchParams(location.search));

	// Sorting: each column header becomes a button.
	for (const header of headers) {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.append(...header.childNodes);
		header.append(button);
		button.addEventListener('click', () => {
			const column = header.dataset['sortKey'] ?? '';
			const descending =
				filter.sort?.column === column ? !filter.sort.descending : column === 'year';
			filter = { ...filter, sort: { column, descending } };
			update();
		});
	}

	// Rows are moved only when the order changes: re-inserting them all costs layout time.
	let appliedSort = 'none';
	const update = () => {
		const shown = applyFilter(rows, filter);
		const sort = filter.sort ? `${filter.sort.column}:${String(filter.sort.descending)}` : 'none';
		if (sort !== appliedSort) applySort(body, headers, filter, rows);
		appliedSort = sort;
		status.textContent = `Showing ${shown} of ${rows.length} papers.`;
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
	update();
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
