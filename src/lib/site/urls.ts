import { stripBase } from './address.ts';

/**
 * Site paths of pages (without the base path), in one place so that links and tests agree. As
 * links they go through `toHref` (src/site.ts), which puts them under the base path.
 */
export const paperUrl = (id: string): string => `/papers/${id}/`;

/** The paper id of a served pathname (`/atlas/papers/zhang2020-gmi/` under `/atlas/`), if any. */
export function paperIdFromPath(pathname: string, base: string): string | undefined {
	return /^\/papers\/([a-z][a-z0-9-]*)\/$/.exec(stripBase(base, pathname) ?? '')?.[1];
}
export const chapterUrl = (slug: string): string => `/chapters/${slug}/`;
/** The results of one task (`/results/classifier/`), optionally at one setting's table. */
export const resultsUrl = (task?: string, anchor?: string): string =>
	`/results/${task ? `${task}/` : ''}${anchor ? `#${anchor}` : ''}`;
export const metricUrl = (key: string): string => `/metrics/${key}/`;

/** GitHub's editor for a file of the repository (configured once, in src/site.ts). */
export const editUrl = (path: string, repository: string): string =>
	`${repository}/edit/main/${path}`;

/** The site's main sections, in the order the header lists them. */
export const siteSections = [
	{ href: '/chapters/', label: 'Chapters' },
	{ href: '/papers/', label: 'Papers' },
	{ href: '/compare/', label: 'Compare' },
	{ href: '/results/', label: 'Results' },
	{ href: '/glossary/', label: 'Glossary' },
] as const;

/**
 * How the header marks a section link for the page at `pathname`: `page` on the section's own
 * index, `true` anywhere inside it (a chapter, a paper, a comparison), otherwise nothing.
 */
export function sectionCurrent(href: string, pathname: string): 'page' | 'true' | undefined {
	const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
	if (path === href) return 'page';
	return path.startsWith(href) ? 'true' : undefined;
}
