import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, htmlElements } from '../../src/lib/site/html.ts';

/** The committed list of published URLs and heading ids. */
export const manifestPath = 'tests/published-urls.json';

/**
 * Published HTML pages of a built site, path -> HTML: `dist/a/b/index.html` is `/a/b/`.
 * The 404 page, Pagefind's files and Astro's redirect stubs are not published pages.
 */
export function builtPages(dist: string): Map<string, string> {
	const pages = new Map<string, string>();
	const walk = (dir: string, prefix: string) => {
		for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind') walk(join(dir, entry.name), `${prefix}${entry.name}/`);
			} else if (entry.name === 'index.html') {
				const html = readFileSync(join(dist, dir, entry.name), 'utf8');
				if (!isRedirectPage(html)) pages.set(prefix, html);
			}
		}
	};
	walk('', '/');
	return pages;
}

/** True for a redirect stub: a page with `<meta http-equiv="refresh">`. */
export const isRedirectPage = (html: string): boolean =>
	[...htmlElements(html)].some(
		(element) =>
			element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh',
	);
