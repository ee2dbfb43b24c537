/**
 * A fork that publishes under its own address: builds a copy of the project with
 * ATLAS_SITE=https://fork.example.org and ATLAS_BASE=/atlas/ (as GitHub Pages serves a project
 * repository), plus one redirect, and runs the link, fragment and redirect checks over it. Every
 * link must stay under /atlas/, and every permanent URL must name the fork's address.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages, manifestPath } from '../../scripts/lib/built-pages.ts';
import { checkPermalinks, elementIds, type UrlManifest } from '../../scripts/lib/permalinks.ts';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.ts';
import { hasBrowser, launchBrowser } from '../support/browser.ts';
import { distFiles, htmlPages } from '../support/dist.ts';
import { extractLinks, findBrokenLinks } from '../support/links.ts';
import { buildProject, copyProject, removeProject } from '../support/project.ts';

const origin = 'https://fork.example.org';
const base = '/atlas/';
const home = `${origin}${base}`;
let project = '';
let dist = '';
let output = '';
let status: number | null = null;

beforeAll(() => {
	project = copyProject();
	dist = join(project, 'dist');
	// One moved page, so the redirect check has a redirect to follow under the base path.
	writeFileSync(
		join(project, 'src/redirects.ts'),
		readFileSync(join(project, 'src/redirects.ts'), 'utf8').replace(
			'export const redirects: Record<string, string> = {};',
			"export const redirects: Record<string, string> = { '/old-scope/': '/scope/' };",
		),
	);
	({ status, output } = buildProject(project, { ATLAS_SITE: origin, ATLAS_BASE: base }));
}, 600_000);
afterAll(() => removeProject(project));

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('a build under /atlas/ at another address', () => {
	test('builds', () => {
		expect(status, output).toBe(0);
	});

	test('every internal link and fragment resolves under the base path; redirects land', () => {
		const pages = new Map(htmlPages(dist).map((page) => [page, read(page)]));
		const report = findBrokenLinks(pages, new Set(distFiles(dist)), base);
		expect(pages.size).toBeGreaterThan(10);
		expect(report.checked).toBeGreaterThan(pages.size * 10);
		expect(report.fragments).toBeGreaterThan(pages.size);
		expect(report.problems.map(({ page, url, reason }) => `${page}: ${url}: ${reason}`)).toEqual(
			[],
		);
		const redirect = extractLinks(read('old-scope/index.html')).find(
			(link) => link.attribute === 'refresh',
		);
		expect(redirect?.url).toBe(`${base}scope/`);
	});

	test('every recorded page and heading id is still published', () => {
		const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as UrlManifest;
		const published = new Map(
			[...builtPages(dist)].map(([path, html]) => [path, elementIds(html)]),
		);
		expect(
			checkPermalinks(manifest, published, {
				redirects: { '/old-scope/': '/scope/' },
				headingAliases: {},
			}),
		).toEqual([]);
	});

	test('canonical URLs, citations, feed, sitemap and data name the fork address', () => {
		const chapter = read('chapters/introduction/index.html');
		expect(chapter).toContain(`<link rel="canonical" href="${home}chapters/introduction/">`);
		expect(chapter).toContain(`\\url{${home}chapters/introduction/#threat-model}`);
		expect(read('feed.xml')).toContain(`<id>${home}</id>`);
		const sitemap = read('sitemap.xml');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
		expect(locs.length).toBeGreaterThan(10);
		expect(locs.filter((loc) => !loc.startsWith(home))).toEqual([]);
		expect(read('data/papers.json')).toContain(`"page": "${home}papers/`);
		expect(read('data/atlas.bib')).toContain(`\\url{${home}}`);
		expect(read('robots.txt')).toContain(`Sitemap: ${home}sitemap.xml`);
		expect((parseYaml(read('CITATION.cff')) as { url?: string }).url).toBe(home);
		for (const [path, html] of builtPages(dist))
			expect(html, path).not.toContain('https://model-inversion-atlas.github.io');
	});

	test('the browser scripts fetch data and Pagefind under the base path', () => {
		const scripts = ['client/catalog.js', 'client/search.js', 'client/cite-preview.js'].map(read);
		for (const script of scripts) expect(script).toContain(base);
		expect(read('index.html')).toContain(`${base}client/cite-preview.js`);
	});
});

describe.skipIf(!hasBrowser)('the /atlas/ build in a browser', () => {
	// Served as a Pages host would: the built site under /atlas/ of the origin, nothing at the root.
	let host = '';
	let server: StaticServer | undefined;
	let browser: Browser | undefined;
	const failed: string[] = [];
	beforeAll(async () => {
		host = mkdtempSync(join(tmpdir(), 'atlas-host-'));
		symlinkSync(dist, join(host, 'atlas'), 'dir');
		server = await serveDirectory(host);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		rmSync(host, { recursive: true, force: true });
	});
	const open = async (path: string) => {
		const page = await browser!.newPage();
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(`${server!.origin}${base}${path}`);
		return page;
	};

	test('search loads Pagefind and links results under the base path', async () => {
		const page = await open('search/?q=DLG');
		const first = page.locator('#search-page-results > ol > li').first();
		await first.waitFor();
		await expect(first.locator('a').first().getAttribute('href')).resolves.toBe(
			`${base}papers/zhu2019-dlg/`,
		);
		await page.close();
		expect(failed).toEqual([]);
	});

	test('a citation preview finds its paper', async () => {
		const page = await open('chapters/classifier-inversion/');
		await page.locator(`main a.cite[href="${base}papers/zhang2020-gmi/"]`).first().hover();
		await expect(page.getByRole('tooltip').textContent()).resolves.toContain('The Secret Revealer');
		await page.close();
		expect(failed).toEqual([]);
	});

	test('the catalog filter loads its search text', async () => {
		const page = await open('papers/');
		// Opening the panel loads the catalog script from under the base path.
		await page.locator('#catalog-panel > summary').click();
		// Not a first author: found only through /data/catalog-search.json.
		await page.locator('#filter-q').fill('Ruoxi Jia');
		await expect
			.poll(() => page.locator('#catalog-count').textContent())
			.toMatch(/^Showing [1-9]\d? of \d+ papers/);
		await page.close();
		expect(failed).toEqual([]);
	});
});
