import { isoDay, longDate } from '../site/dates.ts';

/** What chapter navigation needs to know of a chapter. */
export interface ChapterLike {
	id: string;
	data: { title: string; order: number; draft: boolean };
}

/** Chapters readers see, in survey order. Drafts are kept only when `includeDrafts` is set (dev). */
export function publishedChapters<T extends ChapterLike>(
	chapters: readonly T[],
	includeDrafts = false,
): T[] {
	return chapters
		.filter((chapter) => includeDrafts || !chapter.data.draft)
		.toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The chapters before and after `id` in an already ordered list. */
export function chapterNeighbours<T extends ChapterLike>(
	ordered: readonly T[],
	id: string,
): { previous?: T; next?: T } {
	const index = ordered.findIndex((chapter) => chapter.id === id);
	if (index === -1) return {};
	const previous = ordered[index - 1];
	const next = ordered[index + 1];
	return { ...(previous && { previous }), ...(next && { next }) };
}

/** Fails when two chapters claim the same `order`, which would make previous/next ambiguous. */
export function assertUniqueOrder(chapters: readonly ChapterLike[]): void {
	const seen = new Map<number, string>();
	for (const chapter of chapters) {
		const other = seen.get(chapter.data.order);
		if (other) {
			throw new Error(
				`content/chapters/${chapter.id}.mdx: order: ${chapter.data.order} is already used by content/chapters/${other}.mdx (give each chapter its own order)`,
			);
		}
		seen.set(chapter.data.order, chapter.id);
	}
}

/** What a chapter's header says besides its title: dates and an estimated reading time. */
export interface ChapterByline {
	published: { iso: string; text: string };
	updated?: { iso: string; text: string } | undefined;
	/** Minutes at about 230 words a minute, never less than one. */
	minutes: number;
}

/** The byline of a chapter from its frontmatter dates and the number of words of its prose. */
export function chapterByline(
	data: { published: Date; updated?: Date | undefined },
	words: number,
): ChapterByline {
	const date = (value: Date) => ({ iso: isoDay(value), text: longDate(value) });
	return {
		published: date(data.published),
		updated:
			data.updated && data.updated.getTime() !== data.published.getTime()
				? date(data.updated)
				: undefined,
		minutes: Math.max(1, Math.round(words / 230)),
	};
}

/** The headings of a chapter that readers cite: every h2 and h3 except the footnotes' own. */
export function citableSections(
	headings: readonly { depth: number; slug: string; text: string }[],
): { id: string; title: string }[] {
	return headings
		.filter((heading) => [2, 3].includes(heading.depth) && heading.slug !== 'footnote-label')
		.map((heading) => ({ id: heading.slug, title: heading.text }));
}
