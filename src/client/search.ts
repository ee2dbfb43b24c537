import { site, toHref } from '../site.ts';
/**
 * Search client, loaded on the first focus of the header search field. It loads Pagefind's
 * own module from the built site on first use and renders a short list of results.
 */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	/** `method` is a paper's method name (GMI, DLG), from the paper page's eyebrow. */
	meta: { title?: string; type?: string; method?: string };
	sub_results: PagefindSubResult[];
}
/** Within a filter, any listed value matches; across filters, all must. */
export type SearchFilters = Record<string, { any: string[] }>;
interface Pagefind {
	options: (options: { noWorker?: boolean; baseUrl?: string }) => Promise<void>;
	search: (
		term: string | null,
		options?: { filters?: SearchFilters },
	) => Promise<{ results: { id: string; data: () => Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once; its path is computed so the bundler leaves it to the browser. The index is
 * small enough to search on the main thread, which saves fetching Pagefind's worker script.
 */
export function loadPagefind(): Promise<Pagefind> {
	const path = toHref('/pagefind/pagefind.js');
	pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (engine) => {
		// Result URLs are recorded relative to dist/; the base path puts them where the site is served.
		await engine.options({ noWorker: true, baseUrl: site.base });
		return engine;
	});
	return pagefind;
}

/** Runs a search: at most `limit` results with their data loaded, and how many matched in all. */
export async function searchSite(
	term: string,
	limit = 6,
	filters: SearchFilters = {},
): Promise<{ results: PagefindResultData[]; total: number }> {
	const engine = await loadPagefind();
	const filtered = Object.keys(filters).length > 0;
	const name = term.trim().toLowerCase();
	// A query that is a method name (GMI, DLG) puts the paper of that name first; the full-text
	// ranking alone can prefer pages whose names contain it (iDLG, GraphDLG).
	const [found, named] = await Promise.all([
		engine.search(term || (filtered ? null : term), { filters }),
		name
			? engine.search(null, { filters: { ...filters, method: { any: [name] } } })
			: Promise.resolve({ results: [] }),
	]);
	const seen = new Set<string>();
	const ordered = [...named.results, ...found.results].filter((result) => {
		if (seen.has(result.id)) return false;
		seen.add(result.id);
		return true;
	});
	const results = await Promise.all(ordered.slice(0, limit).map((result) => result.data()));
	return { results, total: ordered.length };
}

/** "No results for “x”.", "3 results for “x”", or "Showing 30 of 82 results for “x”". */
export function resultCount(shown: number, total: number, term: string): string {
	const what = term ? `for “${term}”` : 'for these filters';
	if (total === 0) return `No results ${what}.`;
	const noun = total === 1 ? 'result' : 'results';
	return shown < total
		? `Showing ${shown} of ${total} ${noun} ${what}`
		: `${total} ${noun} ${what}`;
}

/** Renders results as a list of links; excerpts are Pagefind's, built from our own pages. */
export function renderResults(
	container: HTMLElement,
	term: string,
	{ results, total }: { results: PagefindResultData[]; total: number },
	more = false,
): void {
	container.replaceChildren();
	const status = document.createElement('p');
	status.className = 'search-status';
	status.setAttribute('role', 'status');
	status.textContent = resultCount(results.length, total, term);
	container.append(status);
	const list = document.createElement('ol');
	for (const result of results) {
		const item = document.createElement('li');
		if (result.meta.method) {
			const method = document.createElement('strong');
			method.className = 'result-method';
			method.textContent = result.meta.method;
			item.append(method, ' ');
		}
		const link = document.createElement('a');
		link.href = result.url;
		link.textContent = result.meta.title ?? result.url;
		item.append(link);
		if (result.meta.type) {
			const badge = document.createElement('span');
			badge.className = 'badge';
			badge.textContent = result.meta.type;
			item.append(' ', badge);
		}
		const excerpt = document.createElement('p');
		excerpt.innerHTML = result.excerpt;
		item.append(excerpt);
		const sections = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, 3);
		if (sections.length > 0) {
			const sublist = document.createElement('ul');
			for (const section of sections) {
				const subItem = document.createElement('li');
				const subLink = document.createElement('a');
				subLink.href = section.url;
				subLink.textContent = section.title;
				subItem.append(subLink);
				sublist.append(subItem);
			}
			item.append(sublist);
		}
		list.append(item);
	}
	container.append(list);
	if (more) {
		const all = document.createElement('a');
		all.href = `${toHref('/search/')}?q=${encodeURIComponent(term)}`;
		all.className = 'search-more';
		all.textContent = 'All results and filters';
		container.append(all);
	}
}

/** Wires the header field: results appear under it as the reader types; Escape closes them. */
export function attachSearch(input: HTMLInputElement, container: HTMLElement): void {
	let latest = 0;
	const run = async () => {
		const term = input.value.trim();
		const ticket = ++latest;
		if (term.length < 2) {
			container.hidden = true;
			return;
		}
		try {
			const found = await searchSite(term);
			if (ticket !== latest) return;
			renderResults(container, term, found, true);
		} catch {
			container.textContent = 'Search is available on the built site (npm start).';
		}
		container.hidden = false;
	};
	input.addEventListener('input', () => void run());
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') container.hidden = true;
	});
	void loadPagefind().catch(() => undefined);
	if (input.value) void run();
}

/** Results the search page shows at first, and how many more each "Show more" adds. */
const pageSize = 30;

/** Facet checkboxes and the year select of the search page, as Pagefind filters. */
function readFilters(form: HTMLFormElement): SearchFilters {
	const filters: SearchFilters = {};
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
		(filters[box.name] ??= { any: [] }).any.push(box.dataset['label'] ?? box.value);
	}
	const year = form.querySelector<HTMLSelectElement>('select[name=year]')?.value;
	if (year) filters['year'] = { any: [year] };
	return filters;
}

/**
 * The /search/ page: the query and filters live in the URL (`?q=gan&access=label-only&year=2023`),
 * so a search can be shared; results update as the reader types or ticks a filter.
 */
export async function runSearchPage(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-page-form');
	const input = document.querySelector<HTMLInputElement>('#search-page-input');
	const results = document.querySelector<HTMLElement>('#search-page-results');
	if (!form || !input || !results) return;
	const params = new URLSearchParams(location.search);
	input.value = params.get('q')?.trim() ?? '';
	for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
		box.checked = (params.get(box.name) ?? '').split(',').includes(box.value);
		if (box.checked) box.closest('details')?.setAttribute('open', '');
	}
	const year = form.querySelector<HTMLSelectElement>('select[name=year]');
	if (year) year.value = params.get('year') ?? '';

	let latest = 0;
	let shown = pageSize;
	const update = async (keepShown = false) => {
		if (!keepShown) shown = pageSize;
		const term = input.value.trim();
		const query = new URLSearchParams();
		if (term) query.set('q', term);
		const chosen = new Map<string, string[]>();
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
			chosen.set(box.name, [...(chosen.get(box.name) ?? []), box.value]);
		for (const [name, values] of chosen) query.set(name, values.join(','));
		if (year?.value) query.set('year', year.value);
		history.replaceState(null, '', query.size > 0 ? `?${query.toString()}` : location.pathname);
		const filters = readFilters(form);
		const ticket = ++latest;
		if (!term && Object.keys(filters).length === 0) {
			results.replaceChildren();
			return;
		}
		const found = await searchSite(term, shown, filters);
		if (ticket !== latest) return;
		renderResults(results, term, found);
		if (found.total > found.results.length) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'search-show-more';
			button.textContent = `Show ${Math.min(pageSize, found.total - found.results.length)} more`;
			button.addEventListener('click', () => {
				shown += pageSize;
				void update(true);
			});
			results.append(button);
		}
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
	});
	form.addEventListener('input', () => void update());
	await update();
}
