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
	meta: { title?: string; type?: string };
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	debouncedSearch: (
		term: string,
	) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
	search: (term: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; its path is computed so the bundler leaves it to the browser. */
export function loadPagefind(): Promise<Pagefind> {
	const path = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
	return pagefind;
}

/** Runs a search and returns at most `limit` results with their data loaded. */
export async function searchSite(term: string, limit = 8): Promise<PagefindResultData[]> {
	const engine = await loadPagefind();
	const found = await engine.search(term);
	return Promise.all(found.results.slice(0, limit).map((result) => result.data()));
}

/** Renders results as a list of links; excerpts are Pagefind's, built from our own pages. */
export function renderResults(
	container: HTMLElement,
	term: string,
	results: PagefindResultData[],
): void {
	container.replaceChildren();
	const status = document.createElement('p');
	status.className = 'search-status';
	status.setAttribute('role', 'status');
	status.textContent =
		results.length === 0 ? `No results for “${term}”.` : `${results.length} results for “${term}”`;
	container.append(status);
	const list = document.createElement('ol');
	for (const result of results) {
		const item = document.createElement('li');
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
			const results = await searchSite(term);
			if (ticket !== latest) return;
			renderResults(container, term, results);
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

/** The /search/?q= page: fills the field from the URL and lists up to 20 results. */
export async function runSearchPage(): Promise<void> {
	const input = document.querySelector<HTMLInputElement>('#search-page-input');
	const results = document.querySelector<HTMLElement>('#search-page-results');
	const term = new URLSearchParams(location.search).get('q')?.trim() ?? '';
	if (!input || !results || !term) return;
	input.value = term;
	renderResults(results, term, await searchSite(term, 20));
}
