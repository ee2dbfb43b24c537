/**
 * Astro's JSX-style whitespace handling drops a line break between text and a link, which runs
 * words together ("threat model.Browse"). Every page's visible text keeps a space there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { dist, htmlPages } from '../support/dist.ts';

test('no page runs a word into the link that follows it', () => {
	const glued: string[] = [];
	const pages = htmlPages(dist);
	expect(pages.length).toBeGreaterThan(100);
	for (const page of pages) {
		const html = readFileSync(join(dist, page), 'utf8');
		// Heading anchors sit right after the heading text by design; they carry class="anchor".
		// An inline wrapper between the text and the link (".<span><a>Search") glues them too.
		for (const match of html.matchAll(
			/([A-Za-z.,;:'’)])(?:<(?:span|strong|em|b|i)\b[^>]*>)*<a (?![^>]*class="anchor")[^>]*>([^<]{0,20})/g,
		))
			glued.push(`${page}: …${match[1]}${match[2]}`);
	}
	expect(glued).toEqual([]);
});

test('no page runs a word into emphasis that follows it', () => {
	const glued: string[] = [];
	const pages = htmlPages(dist);
	expect(pages.length).toBeGreaterThan(100);
	for (const page of pages) {
		const html = readFileSync(join(dist, page), 'utf8');
		// "and is<strong>broken</strong>": a letter or closing punctuation straight before emphasis.
		for (const match of html.matchAll(/([A-Za-z,;:)])<(strong|em|b|i)>([^<]{0,20})/g))
			glued.push(`${page}: …${match[1]}<${match[2]}>${match[3]}`);
	}
	expect(glued).toEqual([]);
});
