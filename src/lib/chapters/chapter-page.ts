/**
 * What a chapter's page computes besides the rendered text: its route, the author components its
 * MDX may use, its reference list and the record its metadata is made from.
 */
import type { ChapterInfo } from '../citation/page-metadata.ts';
import { compareForReferences, type CitablePaper } from '../citation/pandoc-citations.ts';
import { isoDay } from '../site/dates.ts';
import { assertUniqueOrder, publishedChapters, type ChapterLike } from './navigation.ts';

/**
 * The chapter routes: one per chapter readers see (drafts too when `includeDrafts`, in dev), each
 * with the ordered list for the sidebar and the pager. Fails when two chapters share an `order`.
 */
export function chapterPaths<T extends ChapterLike>(all: readonly T[], includeDrafts: boolean) {
	assertUniqueOrder(all);
	const chapters = publishedChapters(all, includeDrafts);
	return chapters.map((chapter) => ({
		params: { slug: chapter.id },
		props: { chapter, chapters },
	}));
}

/**
 * Components by name from an eager `import.meta.glob` of `.astro` files, so that MDX can write
 * `<AttackTable />` without an import: `{ '../mdx/AttackTable.astro': m }` gives `{ AttackTable }`.
 */
export function componentsByName<T>(modules: Record<string, { default: T }>): Record<string, T> {
	return Object.fromEntries(
		Object.entries(modules).map(([path, module]) => [
			path.replace(/^.*\/(\w+)\.astro$/, '$1'),
			module.default,
		]),
	);
}

/**
 * The reference list: the catalog papers a chapter cites (ids the citation plugin collected),
 * each once, ordered by first author's surname, then year, then title.
 */
export function chapterReferences<T extends CitablePaper & { title: string }>(
	papers: readonly T[],
	cited: Iterable<string>,
): T[] {
	const ids = new Set(cited);
	return papers.filter((paper) => ids.has(paper.id)).toSorted(compareForReferences);
}

/** What the chapter's citation metadata needs, with its frontmatter dates as `YYYY-MM-DD`. */
export function chapterInfo(
	data: { title: string; description: string; published: Date; updated?: Date | undefined },
	url: string,
): ChapterInfo {
	return {
		title: data.title,
		description: data.description,
		published: isoDay(data.published),
		updated: data.updated && isoDay(data.updated),
		url,
	};
}
