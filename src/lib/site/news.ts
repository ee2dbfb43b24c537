/**
 * What changed in the survey and when: papers by the date they entered the catalog, chapters by
 * the dates they were published and updated. Feeds the "What's new" page and the Atom feed.
 */
import { Feed } from 'feed';
import type { Paper } from '../../schemas/paper.ts';
import { permanentUrl, site } from '../../site.ts';
import { citationLabel } from '../citation/pandoc-citations.ts';
import { publishedChapters, type ChapterLike } from '../chapters/navigation.ts';
import { isoDay } from './dates.ts';
import { chapterUrl, paperUrl } from './urls.ts';

export interface NewsItem {
	/** YYYY-MM-DD */
	date: string;
	kind: 'paper' | 'chapter';
	title: string;
	/** Site-relative URL of what changed. */
	url: string;
	/** One line shown under the title. */
	summary: string;
	/** Stable unique key, used for anchors and Atom ids. */
	key: string;
}

export interface ChapterNews {
	id: string;
	title: string;
	description: string;
	published: Date;
	updated?: Date | undefined;
	changes?: string | undefined;
}

/**
 * The published chapters of the content collection, in survey order, as the news sees them: the
 * frontmatter flattened beside the id.
 */
export function chapterNews<T extends ChapterLike & { data: Omit<ChapterNews, 'id'> }>(
	chapters: readonly T[],
): (ChapterNews & T['data'])[] {
	return publishedChapters(chapters).map((chapter) => ({ id: chapter.id, ...chapter.data }));
}

/** Every addition and update, newest first (then chapters before papers, then by title). */
export function newsItems(papers: readonly Paper[], chapters: readonly ChapterNews[]): NewsItem[] {
	const items: NewsItem[] = [
		...papers.map((paper) => ({
			date: isoDay(paper.added),
			kind: 'paper' as const,
			title: paper.title,
			url: paperUrl(paper.id),
			summary: `Added to the catalog: ${citationLabel(paper)}.`,
			key: `paper-${paper.id}`,
		})),
		...chapters.flatMap((chapter) => [
			{
				date: isoDay(chapter.published),
				kind: 'chapter' as const,
				title: chapter.title,
				url: chapterUrl(chapter.id),
				summary: `New chapter. ${chapter.description}`,
				key: `chapter-${chapter.id}`,
			},
			...(chapter.updated
				? [
						{
							date: isoDay(chapter.updated),
							kind: 'chapter' as const,
							title: chapter.title,
							url: chapterUrl(chapter.id),
							summary: `Updated: ${chapter.changes ?? 'revised text'}`,
							key: `chapter-${chapter.id}-${isoDay(chapter.updated)}`,
						},
					]
				: []),
		]),
	];
	return items.toSorted(
		(a, b) =>
			b.date.localeCompare(a.date) ||
			(a.kind === b.kind ? 0 : a.kind === 'chapter' ? -1 : 1) ||
			a.title.localeCompare(b.title, 'en'),
	);
}

/** Items grouped by date, newest date first. */
export function groupByDate(items: readonly NewsItem[]): { date: string; items: NewsItem[] }[] {
	const groups = new Map<string, NewsItem[]>();
	for (const item of items) groups.set(item.date, [...(groups.get(item.date) ?? []), item]);
	return [...groups].map(([date, grouped]) => ({ date, items: grouped }));
}

/**
 * The feed library marks entry titles and summaries `type="html"` (inside CDATA), so their plain
 * text is HTML-escaped first: a title with "<b>" shows as that text in a reader, never as markup,
 * and a "]]>" can never end the CDATA section early. The feed's own title is `type="text"` and
 * XML-escaped by the library: it must not be escaped here too.
 */
export const escapeHtml = (text: string): string =>
	text.replace(
		/[&<>"']/g,
		(char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`,
	);

/** The Atom feed of the latest `limit` items. */
export function atomFeed(items: readonly NewsItem[], limit = 50): string {
	const latest = items.slice(0, limit);
	const feed = new Feed({
		title: `${site.title}: what's new`,
		description: site.tagline,
		id: site.url,
		link: permanentUrl('/whats-new/'),
		language: 'en',
		updated: new Date(`${latest[0]?.date ?? site.editionDate}T00:00:00Z`),
		copyright: `Text licensed CC BY 4.0 by ${site.author}`,
		feedLinks: { atom: permanentUrl('/feed.xml') },
		author: { name: site.author, link: site.url },
	});
	for (const item of latest) {
		feed.addItem({
			title: escapeHtml(`${item.kind === 'paper' ? 'Paper' : 'Chapter'}: ${item.title}`),
			id: permanentUrl(`/whats-new/#${item.key}`),
			link: permanentUrl(item.url),
			date: new Date(`${item.date}T00:00:00Z`),
			description: escapeHtml(item.summary),
		});
	}
	return feed.atom1();
}
