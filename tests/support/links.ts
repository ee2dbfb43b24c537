/**
 * Link checking over built HTML, as pure functions of the pages' text and the list of files:
 * what links a page has, which ids it defines, and which internal links or `#fragments` lead
 * nowhere; pages are read with parse5. External links (any URL with a scheme, or `//host`) are out of scope.
 */
import { htmlElements } from '../../src/lib/site/html.ts';
import { pageUrl } from './dist.ts';

export interface Link {
	/** Where the URL came from: an attribute, or `refresh` for `<meta http-equiv="refresh">`. */
	attribute: 'href' | 'src' | 'srcset' | 'poster' | 'action' | 'refresh';
	url: string;
}

export interface LinkProblem {
	/** The page the link is on, relative to dist/. */
	page: string;
	url: string;
	reason: string;
}

export interface LinkReport {
	problems: LinkProblem[];
	/** Internal links followed, and how many of those had a `#fragment` checked. */
	checked: number;
	fragments: number;
}

const linkAttributes = new Set(['href', 'src', 'srcset', 'poster', 'action']);
const refreshPattern = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]*)['"]?\s*$/i;

/** Start tags with their attributes, as a browser parses them (comments and script text are not markup). */
function* tags(html: string): Generator<{ name: string; attributes: Map<string, string> }> {
	for (const element of htmlElements(html))
		yield {
			name: element.tagName,
			// A namespaced attribute (SVG's xlink:href) keeps its prefix, so it is not read as `href`.
			attributes: new Map(
				element.attrs.map((attr) => [
					attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name,
					attr.value,
				]),
			),
		};
}

/** Every URL a page links to or loads, in document order. */
export function extractLinks(html: string): Link[] {
	const links: Link[] = [];
	for (const { name, attributes } of tags(html)) {
		for (const [key, value] of attributes) {
			if (!linkAttributes.has(key)) continue;
			const attribute = key as Link['attribute'];
			if (attribute === 'srcset') {
				for (const candidate of value.split(',')) {
					const url = candidate.trim().split(/\s+/)[0];
					if (url) links.push({ attribute, url });
				}
			} else links.push({ attribute, url: value.trim() });
		}
		if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
			const url = refreshPattern.exec(attributes.get('content') ?? '')?.[1];
			if (url) links.push({ attribute: 'refresh', url });
		}
	}
	return links;
}

/** The fragment targets a page defines: every `id`, and `name` on `<a>`. */
export function extractIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const { name, attributes } of tags(html)) {
		const id = attributes.get('id');
		if (id) ids.add(id);
		const anchorName = attributes.get('name');
		if (name === 'a' && anchorName) ids.add(anchorName);
	}
	return ids;
}

/** True for URLs this checker follows: root-relative or relative, not `//host` or `scheme:`. */
export function isInternal(url: string): boolean {
	return !url.startsWith('//') && !/^[a-z][a-z\d+.-]*:/i.test(url);
}

/** The file under dist/ a URL path is served from, as the static server resolves it. */
function targetFile(
	pathname: string,
	files: ReadonlySet<string>,
): { file: string } | { reason: string } {
	const path = pathname.slice(1);
	if (path === '' || path.endsWith('/')) {
		const index = `${path}index.html`;
		return files.has(index) ? { file: index } : { reason: `no file ${index} in dist` };
	}
	if (files.has(path)) return { file: path };
	if (files.has(`${path}/index.html`))
		return { reason: `missing trailing slash (the site uses trailingSlash: 'always')` };
	return { reason: `no file ${path} in dist` };
}

/**
 * Follows every internal link of every page: its file must exist in `files`, and its
 * `#fragment`, if any, must be an id of the target page. A redirect page
 * (`<meta http-equiv="refresh">`) must land on a page that is not itself a redirect.
 *
 * @param pages HTML of every page, keyed by path relative to dist/ (`papers/index.html`).
 * @param files Every file in dist/, relative to it (pages, assets, Pagefind's index).
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, string>,
	files: ReadonlySet<string>,
	/** Path the site is served under (`/atlas/`): links must stay inside it. */
	base = '/',
): LinkReport {
	const prefix = base.replace(/\/$/, '');
	const ids = new Map<string, Set<string>>();
	const idsOf = (page: string, html: string) => {
		let found = ids.get(page);
		if (!found) ids.set(page, (found = extractIds(html)));
		return found;
	};
	const links = new Map([...pages].map(([page, html]) => [page, extractLinks(html)]));
	const isRedirect = (page: string) =>
		links.get(page)?.some((link) => link.attribute === 'refresh') ?? false;
	const report: LinkReport = { problems: [], checked: 0, fragments: 0 };

	for (const [page, html] of pages) {
		for (const { attribute, url } of links.get(page) ?? []) {
			if (!isInternal(url)) continue;
			report.checked++;
			const problem = (reason: string) => report.problems.push({ page, url, reason });
			const resolved = new URL(url, `http://site.invalid${prefix}${pageUrl(page)}`);
			let pathname: string;
			let fragment: string;
			try {
				pathname = decodeURIComponent(resolved.pathname);
				fragment = decodeURIComponent(resolved.hash.slice(1));
			} catch {
				problem('malformed percent-encoding');
				continue;
			}
			if (prefix !== '') {
				if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
					problem(`outside the base path ${base}`);
					continue;
				}
				pathname = pathname.slice(prefix.length) || '/';
			}
			const target = targetFile(pathname, files);
			if ('reason' in target) {
				problem(target.reason);
				continue;
			}
			if (attribute === 'refresh' && isRedirect(target.file))
				problem(`redirects to ${target.file}, which is itself a redirect`);
			if (fragment === '') continue;
			report.fragments++;
			const targetHtml = target.file === page ? html : pages.get(target.file);
			if (targetHtml === undefined) problem(`#${fragment} points into ${target.file}, not a page`);
			else if (!idsOf(target.file, targetHtml).has(fragment))
				problem(`no element with id "${fragment}" in ${target.file}`);
		}
	}
	return report;
}
