/** Site-relative URLs of pages, in one place so that links and tests agree. */
export const paperUrl = (id: string): string => `/papers/${id}/`;
export const chapterUrl = (slug: string): string => `/chapters/${slug}/`;

/** GitHub's editor for a file of the repository (configured once, in src/site.ts). */
export const editUrl = (path: string, repository: string): string =>
	`${repository}/edit/main/${path}`;
