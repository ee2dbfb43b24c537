/**
 * When each page last changed, for the sitemap's `<lastmod>`: taken from the content's own dates
 * (a paper's `added`, a chapter's `published`/`updated`, the edition date), never from the build
 * clock, so rebuilding the same content gives the same sitemap.
 */
import { chapterUrl, paperUrl } from './urls.ts';

export interface DatedContent {
	papers: readonly { id: string; added: Date }[];
	chapters: readonly { id: string; published: Date; updated?: Date | undefined }[];
	/** Release date of the current edition, YYYY-MM-DD. */
	editionDate: string;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);
const latest = (dates: readonly string[]): string => dates.toSorted().at(-1) ?? '';

/**
 * A function from a site path (`/papers/zhang2020-gmi/`) to its last change (YYYY-MM-DD). Paper and
 * chapter pages carry their own dates; every other page (home, catalog, tables, glossary) is
 * generated from all of the content, so it changes whenever any of it does.
 */
export function lastModified(content: DatedContent): (path: string) => string {
	const dates = new Map<string, string>();
	for (const paper of content.papers) dates.set(paperUrl(paper.id), day(paper.added));
	for (const chapter of content.chapters)
		dates.set(chapterUrl(chapter.id), day(chapter.updated ?? chapter.published));
	const newest = latest([content.editionDate, ...dates.values()]);
	return (path) => dates.get(path) ?? newest;
}
