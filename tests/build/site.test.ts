import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { pagefindFiles } from '../../src/client/search.ts';
import { csvHeader } from '../../src/lib/data/paper-records.ts';
import { vocabularies } from '../../src/lib/catalog/vocabulary.ts';
import { inlineScripts, sha256 } from '../../src/integrations/csp.ts';
import { dist, distFiles, htmlPages } from '../support/dist.ts';

// Runs over dist/, built by tests/global-setup.ts.
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const chapterIds = readdirSync('content/chapters')
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => name.replace(/\.mdx$/, ''));
const paperIds = readdirSync('content/papers').map((name) => name.replace(/\.yaml$/, ''));

/** Text a reader sees in a page: markup, scripts and KaTeX's TeX annotations removed. */
function visibleText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
		.replace(/<annotation[\s\S]*?<\/annotation>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]*>/g, ' ');
}

/** The markup outside scripts and KaTeX's annotations, where attributes are written. */
function visibleAttributes(html: string): string {
	return html
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<annotation[\s\S]*?<\/annotation>/g, '');
}

/** Renderings of values that were never meant to be shown, and display math left as TeX. */
const leakedValue = /\b(undefined|NaN)\b|\[object Object\]|\$\$/;
const leakedAttributeValue = /\b(undefined|NaN)\b|\[object Object\]/;

describe('pages', () => {
	test('home, catalog, search and 404 exist', () => {
		for (const page of ['index.html', 'papers/index.html', 'search/index.html', '404.html'])
			expect(existsSync(join(dist, page)), page).toBe(true);
	});

	test('/chapters/ lists every published chapter, and the header links to it', () => {
		const index = read('chapters/index.html');
		for (const id of chapterIds) expect(index, id).toContain(`href="/chapters/${id}/"`);
		expect(read('index.html')).toContain('<li><a href="/chapters/">Chapters</a></li>');
	});

	test.each(chapterIds)('chapter %s is built', (id) => {
		expect(read(`chapters/${id}/index.html`)).toContain('<h1>');
	});

	test('every paper has a page', () => {
		expect(paperIds.length).toBeGreaterThan(0);
		for (const id of paperIds)
			expect(existsSync(join(dist, `papers/${id}/index.html`)), id).toBe(true);
	});

	test('no page shows undefined, NaN, [object Object] or raw display math', () => {
		const pages = htmlPages();
		expect(pages.length).toBeGreaterThan(paperIds.length + chapterIds.length);
		const leaks = pages.flatMap((page) => {
			const match = leakedValue.exec(visibleText(read(page)));
			return match ? [`${page}: …${match.input.slice(match.index - 60, match.index + 20)}…`] : [];
		});
		expect(leaks).toEqual([]);
	});

	test('no page puts undefined, NaN or [object Object] in an attribute', () => {
		const leaks = htmlPages().flatMap((page) =>
			[...visibleAttributes(read(page)).matchAll(/\s[\w:-]+="[^"]*"/g)]
				.filter(([attribute]) => leakedAttributeValue.test(attribute))
				.map(([attribute]) => `${page}:${attribute}`),
		);
		expect(leaks).toEqual([]);
	});

	test('no data export or feed contains undefined, NaN, [object Object] or $$', () => {
		const exports = distFiles(dist, ['pagefind', '_astro', 'katex']).filter(
			(file) => /^data\/.*\.(json|csv|bib)$/.test(file) || file.endsWith('.xml'),
		);
		expect(exports).toEqual(expect.arrayContaining(['data/papers.json', 'data/papers.csv']));
		for (const file of exports) expect(read(file), file).not.toMatch(leakedValue);
	});
});

describe('the introduction chapter', () => {
	const html = () => read('chapters/introduction/index.html');

	test('renders math with KaTeX as MathML, styled by a small stylesheet of the site', () => {
		expect(html()).toContain(
			'<span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"',
		);
		expect(html()).toContain('display="block"');
		expect(html()).toContain('<link rel="stylesheet" href="/math.css">');
		expect(existsSync(join(dist, 'math.css'))).toBe(true);
		// No web fonts: MathML is laid out with the system's math font.
		expect(read('math.css')).not.toContain('url(');
		expect(html()).not.toMatch(/katex(\.min)?\.css|\.woff2/);
	});

	test('calligraphic letters survive as Unicode, since Chromium ignores mathvariant', () => {
		expect(html()).toContain('𝒳');
		expect(html()).not.toMatch(/mathvariant="(script|bold|double-struck)"/);
	});

	test('h2-h4 in the text carry ids and anchor links to themselves', () => {
		const article = html().slice(html().indexOf('<article'));
		const headings = [...article.matchAll(/<h([234])( [^>]*)?>([\s\S]*?)<\/h\1>/g)];
		expect(headings.length).toBeGreaterThan(5);
		for (const [heading, , attributes = ''] of headings) {
			const id = /id="([^"]+)"/.exec(attributes)?.[1];
			expect(id, heading).toBeTruthy();
			expect(heading).toMatch(
				new RegExp(`<a class="anchor" aria-label="Link to section: [^"]+" href="#${id}">`),
			);
		}
	});

	test('citations link to paper pages and end in a reference list', () => {
		expect(html()).toMatch(
			/<a href="\/papers\/zhang2020-gmi\/" class="cite">Zhang et al\., 2020<\/a>/,
		);
		expect(html()).toContain('<h2 id="references">');
		expect(html()).toMatch(/<li id="ref-zhang2020-gmi">/);
	});

	test('embeds a comparison table generated from the catalog, filtered by family', () => {
		const gradientAttacks = paperIds.filter((id) =>
			readFileSync(`content/papers/${id}.yaml`, 'utf8').includes('\nfamily: gradient-inversion'),
		);
		expect(gradientAttacks.length).toBeGreaterThan(0);
		expect(html()).toContain(
			`Gradient inversion attacks in the catalog (${gradientAttacks.length} papers)`,
		);
	});

	test('loads no script file at page load', () => {
		expect(html()).not.toMatch(/<script[^>]+src=/);
		expect(html()).not.toMatch(/<link[^>]+rel="modulepreload"/);
	});

	test('pages without math do not load the math stylesheet', () => {
		expect(read('index.html')).not.toContain('math.css');
		expect(read('papers/index.html')).not.toContain('math.css');
	});
});

describe('search index', () => {
	test('a word fetches one small index chunk: the first search stays under 100 KiB', () => {
		// scripts/build.ts sets Pagefind's (unstable) chunk size; 28 KiB chunks broke the budget.
		const chunks = readdirSync(join(dist, 'pagefind/index'));
		expect(chunks.length).toBeGreaterThan(20);
		for (const chunk of chunks) {
			const bytes = readFileSync(join(dist, 'pagefind/index', chunk)).length;
			expect(bytes, chunk).toBeLessThan(16 * 1024);
		}
	});

	test('the Pagefind files that search preloads are the ones Pagefind wrote', () => {
		for (const path of Object.values(pagefindFiles))
			expect(existsSync(join(dist, path)), path).toBe(true);
		const entry = JSON.parse(read(pagefindFiles.entry)) as {
			languages: Record<string, { wasm: string }>;
		};
		expect(
			Object.values(entry.languages).map(({ wasm }) => `/pagefind/wasm.${wasm}.pagefind`),
		).toEqual([pagefindFiles.wasm]);
	});

	type Pagefind = {
		options: (options: Record<string, string>) => Promise<void>;
		search: (
			term: string | null,
			options?: { filters?: Record<string, unknown> },
		) => Promise<{
			results: {
				data: () => Promise<{
					url: string;
					meta: Record<string, string>;
					sub_results: { url: string }[];
				}>;
			}[];
		}>;
		filters: () => Promise<Record<string, Record<string, number>>>;
	};
	let pagefind: Pagefind;

	beforeAll(async () => {
		// Pagefind's browser module fetches its index files; serve them from disk instead.
		globalThis.fetch = (input: string | URL | Request) => {
			const url = new URL(
				typeof input === 'string' || input instanceof URL ? input : input.url,
				'http://localhost/',
			);
			return Promise.resolve(
				new Response(readFileSync(join(dist, decodeURIComponent(url.pathname)))),
			);
		};
		pagefind = (await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href)) as Pagefind;
		await pagefind.options({ basePath: 'http://localhost/pagefind/', baseUrl: '/' });
	});

	test('finds the introduction chapter and its sections', async () => {
		const { results } = await pagefind.search('membership inference');
		const pages = await Promise.all(results.map((result) => result.data()));
		const intro = pages.find((page) => page.url === '/chapters/introduction/');
		expect(intro).toBeDefined();
		expect(intro?.sub_results.some((sub) => sub.url.startsWith('/chapters/introduction/#'))).toBe(
			true,
		);
	});

	test('finds a paper entry by its method name', async () => {
		const { results } = await pagefind.search('BiDO');
		const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
		expect(urls).toContain('/papers/peng2022-bido/');
	});

	test('a dataset name finds every paper that lists it: labels and values are not glued', async () => {
		for (const [query, key] of [
			['CelebA', 'celeba'],
			['VGGFace2', 'vggface2'],
		] as const) {
			const listing = paperIds.filter((id) =>
				new RegExp(`^datasets: \\[.*\\b${key}\\b.*\\]$`, 'm').test(
					readFileSync(`content/papers/${id}.yaml`, 'utf8'),
				),
			);
			expect(listing.length, key).toBeGreaterThan(2);
			const { results } = await pagefind.search(query);
			const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
			for (const id of listing) expect(urls, `${query} finds ${id}`).toContain(`/papers/${id}/`);
		}
	});

	test('button labels such as "Copy BibTeX" are not indexed on paper pages', async () => {
		const { results } = await pagefind.search('Copy BibTeX');
		const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
		expect(urls.filter((url) => url.startsWith('/papers/'))).toEqual([]);
	});

	test('every paper with a method name can be looked up by it, case-insensitively', async () => {
		for (const [name, id] of [
			['dlg', 'zhu2019-dlg'],
			['ked-mi', 'chen2021-kedmi'],
			['mid', 'wang2021-mid'],
			['lomia', 'mehnaz2022-sensitive-attributes'],
		]) {
			const { results } = await pagefind.search(null, { filters: { method: { any: [name] } } });
			const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
			expect(urls, name).toEqual([`/papers/${id}/`]);
		}
	});

	test('results carry a type for badges: chapters, papers, tables', async () => {
		const { results } = await pagefind.search('inversion');
		const types = new Set(
			(await Promise.all(results.map((result) => result.data()))).map((page) => page.meta['type']),
		);
		for (const type of ['Chapter', 'Paper', 'Table']) expect(types).toContain(type);
	});

	test('papers can be filtered by kind, family, access, modality and year', async () => {
		const filters = await pagefind.filters();
		for (const key of ['kind', 'family', 'access', 'modality', 'year'])
			expect(Object.keys(filters[key] ?? {}).length, key).toBeGreaterThan(0);
		const labelOnly = paperIds.filter((id) =>
			/^access: \[.*label-only.*\]$/m.test(readFileSync(`content/papers/${id}.yaml`, 'utf8')),
		);
		expect(filters['access']?.['Label-only']).toBe(labelOnly.length);
		const { results } = await pagefind.search(null, {
			filters: { access: { any: ['Label-only'] } },
		});
		const urls = await Promise.all(results.map(async (result) => (await result.data()).url));
		expect(urls.toSorted()).toEqual(labelOnly.map((id) => `/papers/${id}/`).toSorted());
	});
});

describe('the catalog', () => {
	const catalog = read('papers/index.html');

	test('lists every paper as a table row, complete without JavaScript', () => {
		const rows = [...catalog.matchAll(/<tr data-id="([a-z0-9-]+)"/g)].map((match) => match[1]);
		expect(rows.toSorted()).toEqual(paperIds.toSorted());
		// The filter panel is shown only on scripted pages (class js-block); the table needs nothing.
		expect(catalog).toMatch(/<details class="catalog-panel js-block" id="catalog-panel">/);
	});

	test('loads no script file at first, and only its own small filter script later', () => {
		const scripts = [...catalog.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
		expect(scripts).toEqual([]);
		// The inline loader imports it on the first interaction (the browser tests check when).
		expect(catalog).toContain('"/client/catalog.js"');
		expect(readFileSync(join(dist, 'client/catalog.js')).length).toBeLessThan(8 * 1024);
		for (const page of [
			'index.html',
			'papers/zhang2020-gmi/index.html',
			'compare/attacks/index.html',
		])
			expect(read(page), page).not.toContain('/client/catalog.js');
	});

	test('paper pages show the threat model with vocabulary labels and a BibTeX entry', () => {
		const page = read('papers/kahla2022-brepmi/index.html');
		expect(page).toContain('Label-only');
		expect(page).toContain('@inproceedings{kahla2022-brepmi,');
	});

	test('paper pages list each relation under its own heading, from both sides', () => {
		const section = (html: string, id: string) =>
			html.split(`id="${id}"`)[1]?.split('</section>')[0] ?? '';
		const kedmi = read('papers/chen2021-kedmi/index.html');
		expect(section(kedmi, 'builds-on')).toContain('href="/papers/zhang2020-gmi/"');
		expect(section(kedmi, 'compared-with')).toContain('href="/papers/zhang2020-gmi/"');
		// GGL ran its attack against Soteria: an evaluation, shown on both papers, never "builds on".
		const ggl = read('papers/li2022-ggl/index.html');
		expect(ggl).not.toContain('id="builds-on"');
		expect(section(ggl, 'evaluated-against')).toContain('href="/papers/sun2021-soteria/"');
		const soteria = read('papers/sun2021-soteria/index.html');
		expect(section(soteria, 'evaluated-against')).toMatch(
			/href="\/papers\/li2022-ggl\/"[\s\S]*reported by/,
		);
	});
});

describe('the header', () => {
	const nav = (path: string) =>
		/<nav aria-label="Site">[\s\S]*?<\/nav>/.exec(read(path))?.[0] ?? '';
	test.each([
		['chapters/index.html', '/chapters/', 'page'],
		['chapters/attacks/index.html', '/chapters/', 'true'],
		['papers/zhang2020-gmi/index.html', '/papers/', 'true'],
		['compare/matrix/index.html', '/compare/', 'true'],
		['glossary/index.html', '/glossary/', 'page'],
	])('%s marks %s as the current section', (path, href, current) => {
		const marked = [...nav(path).matchAll(/<a href="([^"]+)" aria-current="([^"]+)"/g)];
		expect(marked.map((match) => [match[1], match[2]])).toEqual([[href, current]]);
	});

	test('the home page marks no section', () => {
		expect(nav('index.html')).toContain('href="/papers/"');
		expect(nav('index.html')).not.toContain('aria-current');
	});
});

describe('comparison pages', () => {
	test.each(['attacks', 'defenses', 'matrix', 'timeline'])('/compare/%s/ exists', (slug) => {
		expect(read(`compare/${slug}/index.html`)).toContain('<h1>');
	});

	test('the attack table lists every attack once', () => {
		const attacks = paperIds.filter((id) =>
			readFileSync(`content/papers/${id}.yaml`, 'utf8').includes('\nkind: attack'),
		);
		const page = read('compare/attacks/index.html');
		const linked = [
			...page.matchAll(/<th scope="row" class="paper-cell"><a href="\/papers\/([a-z0-9-]+)\/"/g),
		].map((match) => match[1]);
		expect(attacks.length).toBeGreaterThan(0);
		expect(linked.toSorted()).toEqual(attacks.toSorted());
	});

	test.each([
		['attacks', 'A dash (—) means the catalog records no value'],
		['defenses', 'A dash (—) means the catalog records nothing there'],
		['matrix', 'An empty cell is untested as far as the catalog records'],
	])('/compare/%s/ says what a dash or an empty cell means, after each table', (slug, legend) => {
		const page = read(`compare/${slug}/index.html`);
		const tables = page.match(/<table class="compare/g) ?? [];
		const legends = page.match(/class="muted table-legend"/g) ?? [];
		expect(tables.length).toBeGreaterThan(0);
		expect(legends).toHaveLength(tables.length);
		expect(visibleText(page).replace(/\s+/g, ' ')).toContain(legend);
	});

	test('the timeline is an SVG drawn at build time, with its numbers as a table', () => {
		const page = read('compare/timeline/index.html');
		expect(page).toMatch(/<svg[^>]*role="img"/);
		expect(page).toContain('<rect');
		expect(page).not.toMatch(/<script[^>]*src=/);
	});

	test('the glossary defines every vocabulary', () => {
		const page = read('glossary/index.html');
		// Every vocabulary has its section, and every term its entry.
		for (const vocabulary of vocabularies) {
			expect(page, vocabulary.id).toContain(`id="${vocabulary.id}"`);
			for (const key of Object.keys(vocabulary.terms))
				expect(page, `${vocabulary.id}-${key}`).toContain(`id="${vocabulary.id}-${key}"`);
		}
		expect(vocabularies.length).toBeGreaterThanOrEqual(11);
	});
});

describe('data exports', () => {
	test('papers.json has every paper and names its schema', () => {
		const data = JSON.parse(read('data/papers.json')) as {
			$schema: string;
			count: number;
			papers: { id: string }[];
		};
		expect(data.count).toBe(paperIds.length);
		expect(data.papers.map((paper) => paper.id).toSorted()).toEqual(paperIds.toSorted());
		expect(data.$schema).toMatch(/\/data\/papers\.schema\.json$/);
		expect(JSON.parse(read('data/papers.schema.json'))).toHaveProperty('$schema');
		expect(JSON.parse(read('data/paper.schema.json'))).toHaveProperty('$schema');
	});

	test('papers.csv has the documented columns and one row per paper', () => {
		const records: string[][] = parseCsv(read('data/papers.csv'));
		const [header, ...rows] = records;
		expect(header).toEqual([...csvHeader]);
		expect(rows.map((row) => row[0]).toSorted()).toEqual(paperIds.toSorted());
		for (const row of rows) expect(row).toHaveLength(csvHeader.length);
		// Relation columns carry what the entries record, e.g. GGL's run against Soteria.
		const ggl = rows.find((row) => row[0] === 'li2022-ggl') ?? [];
		expect(ggl[csvHeader.indexOf('evaluated_against')]).toBe('sun2021-soteria');
	});

	test('papers.bib has one entry per paper', () => {
		expect([...read('data/papers.bib').matchAll(/^@\w+\{/gm)]).toHaveLength(paperIds.length);
	});
});

describe('Content-Security-Policy', () => {
	const pages = htmlPages();

	test('every page carries a strict policy that lists each of its inline scripts by hash', () => {
		expect(pages.length).toBeGreaterThan(90);
		for (const page of pages) {
			const html = read(page);
			const policy = /<head><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(
				html,
			)?.[1];
			expect(policy, page).toBeDefined();
			const scriptSrc = policy?.split('; ').find((directive) => directive.startsWith('script-src'));
			expect(scriptSrc, page).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
			expect(policy, page).toContain("default-src 'none'");
			for (const script of inlineScripts(html)) expect(scriptSrc, page).toContain(sha256(script));
		}
	});

	test('no page has inline event handlers or loads anything from another origin', () => {
		for (const page of pages) {
			const html = read(page);
			expect(html, page).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
			expect(html, page).not.toMatch(/<(script|img|iframe|source)[^>]+src="(https?:)?\/\//);
			// Canonical and alternate links name URLs; only these rels make the browser fetch.
			expect(html, page).not.toMatch(
				/<link[^>]+rel="(stylesheet|icon|preload|modulepreload)"[^>]+href="(https?:)?\/\//,
			);
		}
	});
});
