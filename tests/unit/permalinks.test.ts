import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
	checkPermalinks,
	elementIds,
	headingIds,
	updateManifest,
	type PublishedSite,
} from '../../scripts/lib/permalinks.ts';
import { rehypeHeadingAliases } from '../../src/lib/markdown/rehype-heading-aliases.ts';

const chapter = (headings: string[]) =>
	`<main><h1>Intro</h1>${headings.map((id) => `<h2 id="${id}">${id}</h2><p>text</p>`).join('')}</main>`;

const siteOf = (pages: Record<string, string>): PublishedSite =>
	new Map(Object.entries(pages).map(([path, html]) => [path, elementIds(html)]));

const published = {
	'/chapters/intro/': ['threat-model', 'why-it-matters'],
	'/papers/zhang2020-gmi/': [],
};
const none = { redirects: {}, headingAliases: {} };

describe('checkPermalinks', () => {
	test('passes while every recorded page and heading id is still there', () => {
		const site = siteOf({
			'/chapters/intro/': chapter(['threat-model', 'why-it-matters', 'new-section']),
			'/papers/zhang2020-gmi/': '<h1>GMI</h1>',
		});
		expect(checkPermalinks(published, site, none)).toEqual([]);
	});

	test('fails when a recorded heading disappears, and passes again with a heading alias', () => {
		const site = siteOf({
			'/chapters/intro/': chapter(['threat-model', 'motivation']),
			'/papers/zhang2020-gmi/': '<h1>GMI</h1>',
		});
		expect(checkPermalinks(published, site, none)).toEqual([
			'/chapters/intro/#why-it-matters was published but the id is gone (keep the id with \\{#why-it-matters}, or add a heading alias in src/redirects.ts)',
		]);
		const aliases = { '/chapters/intro/': { 'why-it-matters': 'motivation' } };
		expect(checkPermalinks(published, site, { redirects: {}, headingAliases: aliases })).toEqual(
			[],
		);
	});

	test('fails when a recorded page disappears, and passes again with a redirect', () => {
		const site = siteOf({
			'/chapters/intro/': chapter(['threat-model', 'why-it-matters']),
			'/papers/zhang2020-gmi-v2/': '<h1>GMI</h1>',
		});
		expect(checkPermalinks(published, site, none)).toEqual([
			'/papers/zhang2020-gmi/ was published but no longer exists (add a redirect in src/redirects.ts)',
		]);
		const redirects = { '/papers/zhang2020-gmi/': '/papers/zhang2020-gmi-v2/' };
		expect(checkPermalinks(published, site, { redirects, headingAliases: {} })).toEqual([]);
	});

	test('fails when a redirect or alias points nowhere', () => {
		const site = siteOf({ '/chapters/intro/': chapter(['threat-model', 'why-it-matters']) });
		expect(
			checkPermalinks({}, site, {
				redirects: { '/old/': '/missing/' },
				headingAliases: { '/chapters/intro/': { old: 'missing-id' } },
			}),
		).toEqual([
			'redirect /old/ -> /missing/: the target page does not exist',
			'heading alias /chapters/intro/#old -> #missing-id: the target id does not exist',
		]);
	});
});

describe('updateManifest', () => {
	test('adds new pages and heading ids and never removes any', () => {
		const pages = new Map([
			['/chapters/intro/', chapter(['threat-model', 'new-section'])],
			['/papers/doe2024-x/', '<h1>X</h1><h2 id="summary">Summary</h2>'],
		]);
		const { manifest, added } = updateManifest(published, pages);
		expect(manifest['/chapters/intro/']).toEqual(['new-section', 'threat-model', 'why-it-matters']);
		// Paper pages are generated from data: only their URL is a promise.
		expect(manifest['/papers/doe2024-x/']).toEqual([]);
		expect(manifest['/papers/zhang2020-gmi/']).toEqual([]);
		expect(added).toEqual(['/chapters/intro/#new-section', '/papers/doe2024-x/']);
	});

	test('headingIds reads h1-h6 ids only', () => {
		expect(headingIds('<h2 id="a">A</h2><p id="b"></p><h4 class="x" id="c">C</h4>')).toEqual([
			'a',
			'c',
		]);
	});
});

test('rehypeHeadingAliases keeps an old id as an anchor just before the renamed heading', async () => {
	const file = new VFile({
		path: '/site/content/chapters/intro.mdx',
		value: '<h2 id="motivation">Motivation</h2><p>text</p>',
	});
	const html = String(
		await unified()
			.use(rehypeParse, { fragment: true })
			.use(rehypeHeadingAliases, {
				aliases: { '/chapters/intro/': { 'why-it-matters': 'motivation' } },
			})
			.use(rehypeStringify)
			.process(file),
	);
	expect(html).toBe(
		'<span id="why-it-matters" class="heading-alias"></span><h2 id="motivation">Motivation</h2><p>text</p>',
	);
});
