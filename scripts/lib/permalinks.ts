/**
 * Permanent URLs: the published pages and heading ids are recorded in a committed manifest
 * (tests/published-urls.json); a check fails when one of them disappears without a redirect
 * (src/redirects.ts). Pure functions over HTML text, so the rules are unit-tested on fixtures.
 */

import { attribute, htmlElements } from '../../src/lib/site/html.ts';

/** Page path (`/chapters/introduction/`) -> heading ids recorded for it. */
export type UrlManifest = Record<string, string[]>;

/** What a built site offers: page path -> every element id on the page. */
export type PublishedSite = Map<string, Set<string>>;

export interface Redirects {
	redirects: Readonly<Record<string, string>>;
	headingAliases: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Ids of h1-h6 elements, in document order. */
export function headingIds(html: string): string[] {
	return [...htmlElements(html)]
		.filter((element) => /^h[1-6]$/.test(element.tagName))
		.map((element) => attribute(element, 'id'))
		.filter((id): id is string => id !== undefined && id !== '');
}

/** Every element id in a page. */
export function elementIds(html: string): Set<string> {
	return new Set(
		[...htmlElements(html)]
			.map((element) => attribute(element, 'id'))
			.filter((id): id is string => id !== undefined && id !== ''),
	);
}

/**
 * Whether a page's heading ids are a promise. Paper pages are generated from data (a "Built upon
 * by" section appears when another entry cites the paper), so for them only the URL is recorded.
 */
export const recordsHeadings = (path: string): boolean => !/^\/papers\/[^/]+\/$/.test(path);

/** Adds pages and heading ids that are new in `site` to `manifest`; never removes anything. */
export function updateManifest(
	manifest: UrlManifest,
	pages: ReadonlyMap<string, string>,
): { manifest: UrlManifest; added: string[] } {
	const next: UrlManifest = structuredClone(manifest);
	const added: string[] = [];
	for (const [path, html] of pages) {
		const recorded = new Set(next[path] ?? []);
		if (!(path in next)) added.push(path);
		const ids = recordsHeadings(path) ? headingIds(html) : [];
		for (const id of ids) {
			if (!recorded.has(id)) {
				recorded.add(id);
				if (path in manifest) added.push(`${path}#${id}`);
			}
		}
		next[path] = [...recorded].sort();
	}
	return {
		manifest: Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b))),
		added,
	};
}

/** Problems: recorded URLs or ids that vanished without a redirect, and redirects to nowhere. */
export function checkPermalinks(
	manifest: UrlManifest,
	site: PublishedSite,
	{ redirects, headingAliases }: Redirects,
): string[] {
	const problems: string[] = [];
	for (const [from, to] of Object.entries(redirects)) {
		if (!site.has(to)) problems.push(`redirect ${from} -> ${to}: the target page does not exist`);
	}
	for (const [path, aliases] of Object.entries(headingAliases)) {
		for (const [from, to] of Object.entries(aliases)) {
			if (!site.get(path)?.has(to))
				problems.push(`heading alias ${path}#${from} -> #${to}: the target id does not exist`);
		}
	}
	for (const [path, ids] of Object.entries(manifest)) {
		const redirect = redirects[path];
		const page = site.get(path);
		if (redirect) continue;
		if (!page) {
			problems.push(
				`${path} was published but no longer exists (add a redirect in src/redirects.ts)`,
			);
			continue;
		}
		for (const id of ids) {
			const alias = headingAliases[path]?.[id];
			if (!page.has(id) && !(alias && page.has(alias)))
				problems.push(
					`${path}#${id} was published but the id is gone (keep the id with \\{#${id}}, or add a heading alias in src/redirects.ts)`,
				);
		}
	}
	return problems;
}
