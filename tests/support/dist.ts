/**
 * The built site, as the post-build tests see it: dist/ (built by tests/global-setup.ts) and
 * the files in it, as paths relative to dist/ with forward slashes.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const dist = resolve('dist');

/** Every file under `dir`, as paths relative to it; `skip` names top-level folders to leave out. */
export function distFiles(dir = dist, skip: string[] = [], prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = `${prefix}${entry.name}`;
		if (entry.isDirectory())
			return prefix === '' && skip.includes(entry.name) ? [] : distFiles(dir, skip, `${path}/`);
		return [path];
	});
}

/** Every page of the site: the HTML files under dist/, except Pagefind's own. */
export function htmlPages(dir = dist): string[] {
	return distFiles(dir, ['pagefind']).filter((path) => path.endsWith('.html'));
}

/** The URL path a page is served at: `papers/index.html` → `/papers/`, `404.html` → `/404.html`. */
export function pageUrl(path: string): string {
	return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}
