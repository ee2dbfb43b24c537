import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
				if (!/<meta http-equiv="refresh"/i.test(html)) pages.set(prefix, html);
			}
		}
	};
	walk('', '/');
	return pages;
}
