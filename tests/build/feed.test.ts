import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { site } from '../../src/site.ts';

const xml = readFileSync('dist/feed.xml', 'utf8');
type Entry = {
	id: string;
	title: { '#text': string; '@_type': string };
	updated: string;
	link: { '@_href': string };
};
const feed = (
	new XMLParser({ ignoreAttributes: false }).parse(xml) as {
		feed: { id: string; title: string; updated: string; entry: Entry[] | Entry };
	}
).feed;
const entries = [feed.entry].flat();

test('the feed is well-formed XML in the Atom namespace with the required feed elements', () => {
	// Throws, naming line and column, when the XML is not well-formed.
	expect(() => SyntaxValidator.validate(xml)).not.toThrow();
	expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
	expect(feed.id).toBe(site.url);
	expect(feed.title).toBeTruthy();
	expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
});

test('every entry has a unique id, a title, an RFC 3339 date and a link into the site', () => {
	const papers = readdirSync('content/papers').filter((name) => name.endsWith('.yaml')).length;
	expect(entries).toHaveLength(Math.min(50, papers + 1));
	expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
	for (const entry of entries) {
		expect(entry.title['@_type']).toBe('html');
		expect(entry.title['#text']).toMatch(/^(Paper|Chapter): /);
		expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
		expect(entry.link['@_href'].startsWith(site.url)).toBe(true);
	}
});

test('the "What\'s new" page lists every entry of the feed', () => {
	const page = readFileSync('dist/whats-new/index.html', 'utf8');
	for (const entry of entries) expect(page).toContain(`id="${entry.id.split('#')[1]}"`);
});
