import { describe, expect, test } from 'vitest';
import {
	assertUniqueOrder,
	chapterByline,
	chapterNeighbours,
	citableSections,
	publishedChapters,
} from '../../src/lib/chapters/navigation.ts';
import { catalogStats } from '../../src/lib/catalog/stats.ts';
import { buildToc } from '../../src/lib/chapters/toc.ts';
import { sectionCurrent } from '../../src/lib/site/urls.ts';

const chapter = (id: string, order: number, draft = false) => ({
	id,
	data: { title: id, order, draft },
});

describe('chapters', () => {
	const chapters = [
		chapter('attacks', 3),
		chapter('intro', 1),
		chapter('wip', 2, true),
		chapter('defenses', 4),
	];

	test('published chapters are ordered by `order` and drafts are hidden', () => {
		expect(publishedChapters(chapters).map((c) => c.id)).toEqual(['intro', 'attacks', 'defenses']);
		expect(publishedChapters(chapters, true).map((c) => c.id)).toEqual([
			'intro',
			'wip',
			'attacks',
			'defenses',
		]);
	});

	test.each([
		['intro', undefined, 'attacks'],
		['attacks', 'intro', 'defenses'],
		['defenses', 'attacks', undefined],
		['missing', undefined, undefined],
	])('neighbours of %s', (id, previous, next) => {
		const result = chapterNeighbours(publishedChapters(chapters), id);
		expect(result.previous?.id).toBe(previous);
		expect(result.next?.id).toBe(next);
	});

	test('two chapters with one order fail, naming both files', () => {
		expect(() => assertUniqueOrder([chapter('a', 1), chapter('b', 1)])).toThrow(
			'content/chapters/b.mdx: order: 1 is already used by content/chapters/a.mdx',
		);
	});
});

test('table of contents nests h3 under h2 and skips other depths', () => {
	const toc = buildToc([
		{ depth: 2, slug: 'a', text: 'A' },
		{ depth: 3, slug: 'a1', text: 'A1' },
		{ depth: 4, slug: 'a1x', text: 'deep' },
		{ depth: 2, slug: 'b', text: 'B' },
	]);
	expect(toc).toEqual([
		{ slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
		{ slug: 'b', text: 'B', children: [] },
	]);
});

test('an h3 before any h2 stays at the top level', () => {
	expect(buildToc([{ depth: 3, slug: 'pre', text: 'Pre' }])).toEqual([
		{ slug: 'pre', text: 'Pre', children: [] },
	]);
});

test('the citable sections are the h2 and h3 headings, footnotes left out', () => {
	expect(
		citableSections([
			{ depth: 1, slug: 'title', text: 'Title' },
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'a1x', text: 'Deep' },
			{ depth: 2, slug: 'footnote-label', text: 'Footnotes' },
		]),
	).toEqual([
		{ id: 'a', title: 'A' },
		{ id: 'a1', title: 'A1' },
	]);
});

test('catalog figures count papers by kind and span the years', () => {
	expect(
		catalogStats([
			{ year: 2015, kind: 'attack' },
			{ year: 2024, kind: 'defense' },
			{ year: 2019, kind: 'attack' },
		]),
	).toEqual({ count: 3, firstYear: 2015, lastYear: 2024, byKind: { attack: 2, defense: 1 } });
	expect(catalogStats([])).toEqual({ count: 0, byKind: {} });
});

test('a chapter byline gives both dates when they differ and an honest reading time', () => {
	const published = new Date('2026-11-29');
	expect(chapterByline({ published }, 4600)).toEqual({
		published: { iso: '2026-11-29', text: '29 November 2026' },
		updated: undefined,
		minutes: 20,
	});
	const revised = chapterByline({ published, updated: new Date('2026-11-30') }, 100);
	expect(revised.updated).toEqual({ iso: '2026-11-30', text: '30 November 2026' });
	expect(revised.minutes).toBe(1);
	expect(chapterByline({ published, updated: published }, 460).updated).toBeUndefined();
});

describe('sectionCurrent', () => {
	test.each([
		['/chapters/', '/chapters/', 'page'],
		['/chapters/', '/chapters/attacks/', 'true'],
		['/papers/', '/papers/zhang2020-gmi/', 'true'],
		['/papers/', '/papers', 'page'],
		['/compare/', '/compare/lineage/', 'true'],
		['/papers/', '/chapters/attacks/', undefined],
		['/glossary/', '/', undefined],
		['/papers/', '/scope/', undefined],
	])('%s on %s is %s', (href, pathname, expected) => {
		expect(sectionCurrent(href, pathname)).toBe(expected);
	});
});
