import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { permanentUrl, site } from '../../src/site.ts';
import {
	atomFeed,
	chapterNews,
	escapeHtml,
	groupByDate,
	newsItems,
	type NewsItem,
} from '../../src/lib/site/news.ts';
import { brep, gmi } from '../fixtures/papers.ts';

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

test('papers are news on the day they were added; on one day chapters come first, then by title', () => {
	const items = newsItems(
		[
			{ ...gmi, added: new Date('2026-05-01T00:00:00Z') },
			{ ...brep, added: new Date('2026-06-01') },
		],
		chapterNews([entry('intro', 1, '2026-05-01'), entry('attacks', 2, '2026-05-01')]),
	);
	expect(items.map((item) => [item.date, item.kind, item.key])).toEqual([
		['2026-06-01', 'paper', 'paper-kahla2022-brepmi'],
		['2026-05-01', 'chapter', 'chapter-attacks'],
		['2026-05-01', 'chapter', 'chapter-intro'],
		['2026-05-01', 'paper', 'paper-zhang2020-gmi'],
	]);
	expect(items[0]).toEqual({
		date: '2026-06-01',
		kind: 'paper',
		title: brep.title,
		url: '/papers/kahla2022-brepmi/',
		summary: 'Added to the catalog: Kahla et al., 2022.',
		key: 'paper-kahla2022-brepmi',
	});
	expect(items[1]).toMatchObject({ title: 'Title of attacks', url: '/chapters/attacks/' });
	const [first, second] = groupByDate(items);
	expect(first?.items.map((item) => item.key)).toEqual(['paper-kahla2022-brepmi']);
	expect(second?.items).toHaveLength(3);
});

test('an update without a note of changes says the text was revised', () => {
	const [update] = newsItems(
		[],
		chapterNews([entry('intro', 1, '2026-05-01', { updated: '2026-06-02' })]),
	);
	expect(update?.summary).toBe('Updated: revised text');
});

test('escapeHtml escapes the five characters HTML reserves, and nothing else', () => {
	expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe(
		'a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;',
	);
});

describe('atomFeed', () => {
	const item = (n: number, kind: 'paper' | 'chapter'): NewsItem => ({
		date: `2026-06-${String(10 - n).padStart(2, '0')}`,
		kind,
		title: `T${n} <i>`,
		url: `/x${n}/`,
		summary: `S${n} & more`,
		key: `k${n}`,
	});
	interface Entry {
		title: { '#text': string };
		id: string;
		link: { '@_href': string };
		summary: { '#text': string };
		updated: string;
	}
	interface Feed {
		id: string;
		title: string;
		subtitle: string;
		rights: string;
		updated: string;
		author: { name: string; uri: string };
		link: { '@_rel': string; '@_href': string }[];
		entry?: Entry | Entry[];
	}
	const parse = (xml: string) =>
		new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: Feed };

	test('entries name their kind, carry permanent ids and links, and are escaped once', () => {
		const feed = parse(atomFeed([item(1, 'paper'), item(2, 'chapter')])).feed;
		const entries = [feed.entry].flat() as Entry[];
		expect(entries.map((entry) => entry.title['#text'])).toEqual([
			'Paper: T1 &lt;i&gt;',
			'Chapter: T2 &lt;i&gt;',
		]);
		expect(entries[0]?.id).toBe(permanentUrl('/whats-new/#k1'));
		expect(entries[0]?.link['@_href']).toBe(permanentUrl('/x1/'));
		expect(entries[0]?.summary['#text']).toBe('S1 &amp; more');
		expect(entries[0]?.updated).toBe('2026-06-09T00:00:00.000Z');
		expect(feed.updated).toBe('2026-06-09T00:00:00.000Z');
	});

	test('the feed names the site, its licence, its author and where it lives', () => {
		const feed = parse(atomFeed([item(1, 'paper')])).feed;
		expect(feed.id).toBe(site.url);
		expect(feed.subtitle).toBe(site.tagline);
		expect(feed.rights).toBe(`Text licensed CC BY 4.0 by ${site.author}`);
		expect(feed.author).toEqual({ name: site.author, uri: site.url });
		expect(feed.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
			['alternate', permanentUrl('/whats-new/')],
			['self', permanentUrl('/feed.xml')],
		]);
	});

	test('only the latest items, and an empty feed dated by the edition', () => {
		const items = [1, 2, 3].map((n) => item(n, 'paper'));
		expect([parse(atomFeed(items, 2)).feed.entry].flat()).toHaveLength(2);
		expect(parse(atomFeed(items)).feed.entry).toHaveLength(3);
		const empty = parse(atomFeed([])).feed;
		expect(empty.entry).toBeUndefined();
		expect(empty.updated).toBe(`${site.editionDate}T00:00:00.000Z`);
	});
});
