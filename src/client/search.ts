import { site, toHref } from '../site.ts';
/**
 * Search client, loaded on the first focus of a search field. It loads Pagefind's own module from
 * the built site and draws results as their fragments arrive, so the first result shows before
 * the last one is fetched.
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
/** One match; `data()` fetches its fragment (title, URL, excerpt), about 0.7 KiB. */
export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}
/** Within a filter, any listed value matches; across filters, all must. */
export type SearchFilters = Record<string, { any: string[] }>;
interface Pagefind {
	options: (options: {
		noWorker?: boolean;
		baseUrl?: string;
		/** Appended to the entry file's URL as `?ts=`; Pagefind uses the time when it is absent. */
		metaCacheTag?: string;
	}) => Promise<void>;
	/** Starts fetching the entry file, the metadata and the WebAssembly, without waiting for them. */
	init: () => Promise<void>;
	search: (
		term: string | null,
		options?: { filters?: SearchFilters },
	) => Promise<{ results: PagefindResult[] }>;
}

/**
 * Pagefind files that the inline focus listeners (SearchBox.astro, pages/search.astro) start
 * fetching side by side with this client. Without that, Pagefind asks for each only after the one
 * before: its module, then its entry file (named with `?ts=` and a cache tag, so a new deploy is
 * never hidden by a cached copy), then its metadata and WebAssembly, a round trip each. Pagefind's
 * own requests then use the preloaded responses (tests/browser/search.test.ts checks that nothing
 * is fetched twice).
 */
export const pagefindFiles = {
	module: '/pagefind/pagefind.js',
	entry: '/pagefind/pagefind-entry.json',
	/** The WebAssembly for English pages (the entry file names it per language). */
	wasm: '/pagefind/wasm.en.pagefind',
};

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once and starts loading its index; its path is computed so the bundler leaves it
 * to the browser. `cacheTag` is the tag under which the entry file was preloaded. The index is
 * small enough to search on the main thread, which saves fetching Pagefind's worker script.
 */
export function loadPagefind(cacheTag?: string): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ toHref(pagefindFiles.module)) as Promise<Pagefind>).then(
		async (engine) => {
			await engine.options({
				noWorker: true,
				// Result URLs are recorded relative to dist/; the base path puts them where the site is.
				baseUrl: site.base,
				...(cacheTag ? { metaCacheTag: cacheTag } : {}),
			});
			// While the reader types, fetch what every search needs (metadata, WebAssembly).
			await engine.init();
			return engine;
		},
	);
	return pagefind;
}

/** Every match of a search in rank order, without loading any fragment. */
export async function findResults(
	term: string,
	filters: SearchFilters = {},
): Promise<PagefindResult[]> {
	const engine = await loadPagefind();
	const filtered = Object.keys(filters).length > 0;
	const name = term.trim().toLowerCase();
	// A query that is a method name (GMI, DLG) puts the paper of that name first; the full-text
	// ranking alone can prefer pages whose names contain it (iDLG, GraphDLG). Method names have no
	// spaces, so a query with one skips that lookup (and the filter chunk it would fetch).
	const [found, named] = await Promise.all([
		engine.search(term || (filtered ? null : term), { filters }),
		name && !/\s/.test(name)
			? engine.search(null, { filters: { ...filters, method: { any: [name] } } })
			: Promise.resolve({ results: [] }),
	]);
	const seen = new Set<string>();
	return [...named.results, ...found.results].filter((result) => {
		if (seen.has(result.id)) return false;
		seen.add(result.id);
		return true;
	});
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

/** One result as a list item: method name, link, kind badge, excerpt and up to three sections. */
function resultItem(result: PagefindResultData): HTMLLIElement {
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
	// Excerpts are Pagefind's, built from our own pages; they mark matches with <mark>.
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
	return item;
}

/** A rendered result list: `drawn` settles when its items are all on screen. */
export interface RenderedResults {
	drawn: Promise<void>;
	/** Shows the results up to `shown` (a larger number than before), drawn as they arrive. */
	showUpTo: (shown: number) => Promise<void>;
}

/**
 * Replaces the contents of `container` with the count and a list of the first `shown` results.
 * Their fragments are all requested at once, in rank order, and each result is drawn as soon as it
 * and every result ranked above it have arrived: the list grows from the top and never shifts
 * under the reader, and its first item is always the best match. The count is exact from the
 * start: Pagefind knows every match before any fragment is fetched.
 */
export function renderResults(
	container: HTMLElement,
	term: string,
	results: readonly PagefindResult[],
	shown: number,
	more = false,
): RenderedResults {
	const status = document.createElement('p');
	status.className = 'search-status';
	status.setAttribute('role', 'status');
	const list = document.createElement('ol');
	container.replaceChildren(status, list);
	if (more) {
		const all = document.createElement('a');
		all.href = `${toHref('/search/')}?q=${encodeURIComponent(term)}`;
		all.className = 'search-more';
		all.textContent = 'All results and filters';
		container.append(all);
	}
	// By rank over the whole list, so that a "Show more" batch never overtakes the one before.
	const arrived: (PagefindResultData | undefined)[] = [];
	let drawn = 0;
	let requested = 0;
	const showUpTo = async (upTo: number) => {
		const from = requested;
		requested = Math.min(Math.max(upTo, from), results.length);
		status.textContent = resultCount(requested, results.length, term);
		await Promise.all(
			results.slice(from, requested).map(async (result, index) => {
				arrived[from + index] = await result.data();
				for (let next = arrived[drawn]; next; next = arrived[drawn]) {
					list.append(resultItem(next));
					drawn += 1;
				}
			}),
		);
	};
	return { drawn: showUpTo(shown), showUpTo };
}

/** Waits until the reader pauses typing, so a query typed quickly is searched once. */
const typingPauseMs = 120;

/** Calls `run` once input has paused for `typingPauseMs`. */
function afterTypingPause(run: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	return () => {
		clearTimeout(timer);
		timer = setTimeout(run, typingPauseMs);
	};
}

/** Results the header field shows; "All results and filters" leads to the search page. */
const headerResults = 6;

/** Wires the header field: results appear under it as the reader types; Escape closes them. */
export function attachSearch(
	input: HTMLInputElement,
	container: HTMLElement,
	cacheTag?: string,
): void {
	let latest = 0;
	const run = async () => {
		const term = input.value.trim();
		const ticket = ++latest;
		if (term.length < 2) {
			container.hidden = true;
			return;
		}
		try {
			const found = await findResults(term);
			if (ticket !== latest) return;
			const rendered = renderResults(container, term, found, headerResults, true);
			container.hidden = false;
			await rendered.drawn;
		} catch {
			container.textContent = 'Search is available on the built site (npm start).';
			container.hidden = false;
		}
	};
	input.addEventListener(
		'input',
		afterTypingPause(() => void run()),
	);
	input.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') container.hidden = true;
	});
	void loadPagefind(cacheTag).catch(() => undefined);
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
 * so a search can be shared; results update as the reader types or ticks a filter. The page loads
 * this client when the form first gets focus, or at once when its URL holds a search; what the
 * reader entered before it arrived is kept.
 */
export async function runSearchPage(cacheTag?: string): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-page-form');
	const input = document.querySelector<HTMLInputElement>('#search-page-input');
	const results = document.querySelector<HTMLElement>('#search-page-results');
	if (!form || !input || !results) return;
	const year = form.querySelector<HTMLSelectElement>('select[name=year]');
	const params = new URLSearchParams(location.search);
	if (params.size > 0) {
		input.value = params.get('q')?.trim() ?? '';
		for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
			box.checked = (params.get(box.name) ?? '').split(',').includes(box.value);
			if (box.checked) box.closest('details')?.setAttribute('open', '');
		}
		if (year) year.value = params.get('year') ?? '';
	}
	void loadPagefind(cacheTag).catch(() => undefined);

	let latest = 0;
	const update = async () => {
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
		const found = await findResults(term, filters);
		if (ticket !== latest) return;
		let shown = pageSize;
		const rendered = renderResults(results, term, found, shown);
		if (found.length > shown) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'search-show-more';
			const label = () => `Show ${Math.min(pageSize, found.length - shown)} more`;
			button.textContent = label();
			button.addEventListener('click', () => {
				shown += pageSize;
				if (shown >= found.length) button.remove();
				else button.textContent = label();
				void rendered.showUpTo(shown);
			});
			results.append(button);
		}
		await rendered.drawn;
	};
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void update();
	});
	const updateAfterPause = afterTypingPause(() => void update());
	form.addEventListener('input', (event) => {
		// Ticking a filter searches at once; typing waits for a pause.
		if (event.target === input) updateAfterPause();
		else void update();
	});
	await update();
}
