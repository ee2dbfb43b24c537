import { expect, test } from 'vitest';
import { chapterNews, groupByDate, newsItems } from '../../src/lib/site/news.ts';

const entry = (
	id: string,
	order: number,
	published: string,
	extra: { draft?: boolean; updated?: string; changes?: string } = {},
) => ({
	id,
	data: {
		title: `Title of ${id}`,
		description: `About ${id}.`,
		order,
		draft: extra.draft ?? false,
		published: new Date(`${published}T00:00:00Z`),
		updated: extra.updated ? new Date(`${extra.updated}T00:00:00Z`) : undefined,
		changes: extra.changes,
	},
});

test('the news sees published chapters in order, frontmatter beside the id', () => {
	const chapters = chapterNews([
		entry('attacks', 2, '2026-06-01'),
		entry('wip', 3, '2026-07-01', { draft: true }),
		entry('intro', 1, '2026-05-01'),
	]);
	expect(chapters.map((chapter) => chapter.id)).toEqual(['intro', 'attacks']);
	expect(chapters[0]).toMatchObject({
		id: 'intro',
		title: 'Title of intro',
		description: 'About intro.',
		published: new Date('2026-05-01T00:00:00Z'),
	});
});

test('a chapter is news when published and again when updated, dated by day', () => {
	const chapters = chapterNews([
		entry('intro', 1, '2026-05-01', { updated: '2026-11-30', changes: 'New section.' }),
	]);
	const items = newsItems([], chapters);
	expect(items.map((item) => [item.date, item.key, item.summary])).toEqual([
		['2026-11-30', 'chapter-intro-2026-11-30', 'Updated: New section.'],
		['2026-05-01', 'chapter-intro', 'New chapter. About intro.'],
	]);
	expect(groupByDate(items).map((group) => group.date)).toEqual(['2026-11-30', '2026-05-01']);
});
