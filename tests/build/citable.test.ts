/**
 * Citable and discoverable: permanent URLs, section citations, scholarly metadata, sitemap.
 * Runs over dist/, built by tests/global-setup.ts.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages, manifestPath } from '../../scripts/lib/built-pages.ts';
import { checkPermalinks, elementIds, type UrlManifest } from '../../scripts/lib/permalinks.ts';
import { headingAliases, redirects } from '../../src/redirects.ts';
import { highwirePerson } from '../../src/lib/citation/page-metadata.ts';
import { permanentUrl, site } from '../../src/site.ts';

const dist = resolve('dist');
const pages = builtPages(dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as UrlManifest;

/** Content of every `<meta name=...>` with that name, in order. */
const meta = (html: string, name: string) =>
	[...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map(
		(match) => match[1],
	);
const unescape = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

describe('permanent URLs', () => {
	test('every recorded page and heading id still exists or is redirected', () => {
		expect(Object.keys(manifest).length).toBeGreaterThan(0);
		const published = new Map([...pages].map(([path, html]) => [path, elementIds(html)]));
		expect(checkPermalinks(manifest, published, { redirects, headingAliases })).toEqual([]);
	});

	test('every published page is recorded (run `npm run urls` after adding pages)', () => {
		expect([...pages.keys()].filter((path) => !(path in manifest))).toEqual([]);
	});
});

describe('cite this section', () => {
	const chapter = read('chapters/introduction/index.html');
	const blocks = [
		...chapter.matchAll(/<details class="cite-section"[^>]*>([\s\S]*?)<\/details>/g),
	].map((match) => match[1] ?? '');

	test('every h2 and h3 of a chapter offers a citation', () => {
		const sections = [...chapter.matchAll(/<h[23] id="([^"]+)"/g)].filter(
			(match) => !['toc-heading', 'references', 'footnote-label'].includes(match[1] ?? ''),
		);
		expect(sections.length).toBeGreaterThan(5);
		expect(blocks).toHaveLength(sections.length);
	});

	test('a section citation round-trips through a BibTeX parser with its URL and anchor', () => {
		const block = blocks.find((text) => text.includes('#threat-model'));
		const bibtex = unescape(/<code>([\s\S]*?)<\/code>/.exec(block ?? '')?.[1] ?? '');
		const library = parseBibtex(bibtex, { sentenceCase: false });
		expect(library.errors).toEqual([]);
		const [entry] = library.entries;
		expect(entry?.type).toBe('misc');
		expect(entry?.key).toBe('atlas-introduction-threat-model');
		expect(block).toContain(`\\url{${site.url}chapters/introduction/#threat-model}`);
		expect(String(entry?.fields['title'])).toContain('Threat model');
		expect(String(entry?.fields['note'])).toContain(`edition ${site.edition}`);
		expect(block).not.toMatch(/accessed/i);
	});

	test('the chapter as a whole is cited by the title, without an anchor', () => {
		const block = /<details class="cite-section cite-chapter"[^>]*>([\s\S]*?)<\/details>/.exec(
			chapter,
		)?.[1];
		expect(chapter.indexOf('cite-chapter')).toBeLessThan(chapter.indexOf('<h2 id="threat-model"'));
		const bibtex = unescape(/<code>([\s\S]*?)<\/code>/.exec(block ?? '')?.[1] ?? '');
		const library = parseBibtex(bibtex, { sentenceCase: false });
		expect(library.errors).toEqual([]);
		const [entry] = library.entries;
		expect(entry?.key).toBe('atlas-introduction');
		expect(chapter).toContain(`\\url{${site.url}chapters/introduction/}`);
		expect(String(entry?.fields['title'])).toBe('Introduction and threat model');
	});

	test('the BibTeX files hold exactly the entries the Cite controls show', () => {
		const survey = read('data/atlas.bib');
		const own = read('chapters/introduction/cite.bib');
		const shown = [chapter.matchAll(/<code>([\s\S]*?)<\/code>/g)]
			.flatMap((matches) => [...matches])
			.map((match) => unescape(match[1] ?? ''))
			.filter((text) => text.startsWith('@misc{atlas-'));
		expect(shown.length).toBe(blocks.length + 1);
		for (const entry of shown) {
			expect(survey).toContain(entry);
			expect(own).toContain(entry);
		}
		expect(own.match(/^@misc\{/gm)).toHaveLength(shown.length);
		expect(survey).toMatch(/^@misc\{atlas,$/m);
	});

	test('each section control sits in one row with its heading', () => {
		const heads = [
			...chapter.matchAll(
				/<div class="section-head section-head-h([23])"><h\1 id="[^"]+">[\s\S]*?<\/h\1><details class="cite-section"/g,
			),
		];
		expect(heads).toHaveLength(blocks.length);
	});

	test('each citation also comes as formatted text, citing the edition and not the build date', () => {
		expect(blocks[0]).toMatch(/Model Inversion Atlas contributors \(\d{4}\)/);
		expect(blocks[0]).toContain(`edition ${site.edition}`);
		expect(blocks[0]).not.toMatch(/Accessed/);
	});
});

describe('scholarly metadata', () => {
	test('every chapter page carries Highwire tags, JSON-LD, canonical and Open Graph', () => {
		const chapters = [...pages].filter(
			([path]) => path.startsWith('/chapters/') && path !== '/chapters/',
		);
		expect(chapters.length).toBeGreaterThan(0);
		for (const [path, html] of chapters) {
			expect(meta(html, 'citation_title')[0], path).toBeTruthy();
			expect(meta(html, 'citation_author'), path).toEqual([`${site.author},`]);
			expect(meta(html, 'citation_publication_date')[0], path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
			expect(html).toContain(`<link rel="canonical" href="${permanentUrl(path)}">`);
			expect(html).toContain(`<meta property="og:url" content="${permanentUrl(path)}">`);
			const jsonLd = JSON.parse(
				/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}',
			) as Record<string, unknown>;
			expect(jsonLd['@type']).toBe('ScholarlyArticle');
			expect(jsonLd['url']).toBe(permanentUrl(path));
		}
	});

	test('every page offers a share image that exists, with its size and a text alternative', () => {
		const image = permanentUrl('/og-image.png');
		expect(readFileSync(join(dist, 'og-image.png')).subarray(1, 4).toString()).toBe('PNG');
		expect(pages.size).toBeGreaterThan(100);
		for (const [path, html] of pages) {
			expect(html, path).toContain(`<meta property="og:image" content="${image}">`);
			expect(html, path).toContain('<meta property="og:image:width" content="1200">');
			expect(html, path).toMatch(/<meta property="og:image:alt" content="[^"]{10,}">/);
		}
	});

	test('every paper page describes the paper itself, one citation_author per author', () => {
		const papers = [...pages].filter(([path]) => /^\/papers\/[^/]+\/$/.test(path));
		expect(papers.length).toBeGreaterThan(80);
		for (const [path, html] of papers) {
			const id = path.split('/')[2] ?? '';
			const entry = readFileSync(`content/papers/${id}.yaml`, 'utf8');
			// Parsed as YAML: `npm run new:paper` writes unquoted lists, hand-written entries quote them.
			const { authors } = parseYaml(entry) as { authors: string[] };
			expect(
				meta(html, 'citation_author').map((name) => unescape(name ?? '')),
				path,
			).toEqual(authors.map(highwirePerson));
			expect(meta(html, 'citation_title')[0], path).toBeTruthy();
			expect(meta(html, 'citation_publication_date')[0], path).toMatch(/^\d{4}$/);
			if (entry.includes('\narxiv:')) expect(meta(html, 'citation_arxiv_id'), path).toHaveLength(1);
			// The page is about the paper: Zotero saves the paper's own URL, not ours.
			expect(meta(html, 'citation_public_url')[0], path).not.toContain(site.url);
			expect(html, path).not.toContain('<meta name="description"');
			// Search engines still get one: HTML matches the name case-insensitively, Zotero does not.
			expect(html, path).toMatch(/<meta name="Description" content="[^"]{20,}">/);
			expect(html, path).toContain('"@type":"WebPage"');
			expect(html, path).toContain('"mainEntity":{"@type":"ScholarlyArticle"');
		}
	});
});

describe('sitemap and robots.txt', () => {
	test('the sitemap lists every published page, and nothing else', () => {
		const listed = [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) =>
			(match[1] ?? '').replace(site.url, '/'),
		);
		expect(listed.toSorted()).toEqual([...pages.keys()].toSorted());
	});

	test('every sitemap entry has a lastmod date from the content', () => {
		const entries = [...read('sitemap.xml').matchAll(/<url>([\s\S]*?)<\/url>/g)];
		expect(entries.length).toBeGreaterThan(10);
		for (const [, entry = ''] of entries)
			expect(entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
	});

	test('robots.txt points at the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${permanentUrl('/sitemap.xml')}`);
	});
});
