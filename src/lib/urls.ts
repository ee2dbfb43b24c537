/** Site-relative URLs of pages, in one place so that links and tests agree. */
export const paperUrl = (id: string): string => `/papers/${id}/`;
export const chapterUrl = (slug: string): string => `/chapters/${slug}/`;
