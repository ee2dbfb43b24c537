import { readdirSync, readFileSync } from 'node:fs';

import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

const labelOnly = readdirSync('content/papers')
	.filter((name) =>
		/^access: \[.*label-only.*\]$/m.test(readFileSync(`content/papers/${name}`, 'utf8')),
	)
	.map((name) => `/papers/${name.replace(/\.yaml$/, '')}/`);

/** Paths of the search client's and Pagefind's requests, in order, from now on. */
function searchRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.startsWith('/pagefind/') || pathname === '/client/search.js') paths.push(pathname);
	});
	return paths;
}

/** The first link of each result on the search page, in the order shown. */
const resultUrls = (page: Page) =>
	page.$$eval('#search-page-results > ol > li > a', (links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);

describe.skipIf(!hasBrowser)('search in a browser', () => {
	test('the header field loads Pagefind on focus, before any keystroke, and nothing twice', async () => {
		const page = await site.browser().newPage();
		const requested = searchRequests(page);
		await page.goto(`${site.origin()}/chapters/introduction/`, { waitUntil: 'networkidle' });
		expect(requested).toEqual([]);
		await page.locator('#site-search-input').focus();
		// Metadata and WebAssembly too: everything a search needs except its index chunks.
		await expect
			.poll(() => requested.filter((path) => !path.startsWith('/pagefind/pagefind.en_')).toSorted())
			.toEqual([
				'/client/search.js',
				'/pagefind/pagefind-entry.json',
				'/pagefind/pagefind.js',
				'/pagefind/wasm.en.pagefind',
			]);
		await expect
			.poll(() => requested.filter((path) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(path)))
			.toHaveLength(1);
		await page.keyboard.type('gradient');
		const items = page.locator('#site-search-results > ol > li');
		await expect.poll(() => items.count()).toBe(6);
		// The preloaded entry file and WebAssembly were used, not fetched again by Pagefind.
		expect(requested.length).toBe(new Set(requested).size);
		await page.close();
	});

	test('the search page loads nothing until its form gets focus, and keeps what was typed', async () => {
		const page = await site.browser().newPage();
		const requested = searchRequests(page);
		await page.goto(`${site.origin()}/search/`, { waitUntil: 'networkidle' });
		expect(requested).toEqual([]);
		await page.locator('#search-page-input').focus();
		await expect.poll(() => requested).toContain('/pagefind/pagefind.js');
		// Typed at once, before the client has arrived.
		await page.keyboard.type('inversion');
		await page.locator('#search-page-results > ol > li').first().waitFor();
		await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('inversion');
		expect(new URL(page.url()).searchParams.get('q')).toBe('inversion');
		await page.close();
	});

	test('results are drawn as their fragments arrive, in rank order, with the count right from the start', async () => {
		const reference = await site.browser().newPage();
		await reference.goto(`${site.origin()}/search/?q=inversion`);
		await expect.poll(() => reference.locator('#search-page-results > ol > li').count()).toBe(30);
		const ranked = await resultUrls(reference);
		const status = await reference.locator('#search-page-results .search-status').textContent();
		expect(status).toMatch(/^Showing 30 of \d+ results/);
		await reference.close();

		// Every fragment but the first is held back until the first result is on screen.
		const page = await site.browser().newPage();
		const held: Route[] = [];
		let releasing = false;
		let passed = 0;
		await page.route(/\/pagefind\/fragment\//, async (route) => {
			if (passed === 0 || releasing) {
				passed += 1;
				await route.continue();
			} else held.push(route);
		});
		await page.goto(`${site.origin()}/search/?q=inversion`);
		const items = page.locator('#search-page-results > ol > li');
		await items.first().waitFor();
		await expect.poll(() => held.length).toBeGreaterThan(0);
		await expect(items.count()).resolves.toBe(1);
		await expect(resultUrls(page)).resolves.toEqual([ranked[0]]);
		await expect(page.locator('#search-page-results .search-status').textContent()).resolves.toBe(
			status,
		);

		// The rest arrive last-first; the list still grows in rank order.
		releasing = true;
		for (const route of held.toReversed()) await route.continue();
		await expect.poll(() => items.count()).toBe(30);
		await expect(resultUrls(page)).resolves.toEqual(ranked);
		await expect(page.locator('#search-page-results .search-status').textContent()).resolves.toBe(
			status,
		);
		await page.close();
	});

	test('"/" opens the header search, which loads nothing before that', async () => {
		const page = await site.browser().newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
		});
		await page.goto(`${site.origin()}/chapters/introduction/`);
		expect(scripts).toEqual([]);
		await page.keyboard.press('/');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'site-search-input',
		);
		await page.keyboard.type('gradient inversion');
		await page.locator('#site-search-results li').first().waitFor();
		expect(scripts).toContain('/client/search.js');
		expect(scripts).toContain('/pagefind/pagefind.js');
		await expect(
			page.locator('#site-search-results .badge').first().textContent(),
		).resolves.toMatch(/^(Chapter|Paper|Table|Catalog|Glossary|Page)$/);
		await page.close();
	});

	test('a method name finds its paper first, and results show the name beside the title', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		await page.keyboard.press('/');
		await page.keyboard.type('GMI');
		const first = page.locator('#site-search-results > ol > li').first();
		await first.waitFor();
		await expect(first.locator('a').first().getAttribute('href')).resolves.toBe(
			'/papers/zhang2020-gmi/',
		);
		await expect(first.locator('.result-method').textContent()).resolves.toBe('GMI');
		await page.close();
	});

	test('a method name contained in other names (DLG in iDLG, GraphDLG) still finds its own paper first', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/search/?q=DLG`);
		const first = page.locator('#search-page-results > ol > li').first();
		await first.waitFor();
		await expect(first.locator('a').first().getAttribute('href')).resolves.toBe(
			'/papers/zhu2019-dlg/',
		);
		await page.close();
	});

	test('the search page reports the true total and shows more results on request', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/search/?q=inversion`);
		const items = page.locator('#search-page-results > ol > li');
		await items.first().waitFor();
		const status = await page.locator('#search-page-results .search-status').textContent();
		const match = /^Showing 30 of (\d+) results/.exec(status ?? '');
		expect(match, status ?? '').not.toBeNull();
		const total = Number(match?.[1]);
		expect(total).toBeGreaterThan(30);
		await expect.poll(() => items.count()).toBe(30);
		await page.locator('.search-show-more').click();
		await expect.poll(() => items.count()).toBe(Math.min(60, total));
		await page.close();
	});

	test.each([1280, 360])('the search form keeps its shape at %i px', async (width) => {
		const context = await site.browser().newContext({ viewport: { width, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${site.origin()}/search/?q=gradient`);
		await page.locator('#search-filters summary', { hasText: 'Kind' }).click();
		const field = await page.locator('#search-page-input').boundingBox();
		const box = await page.locator('#search-filters input[type=checkbox]').first().boundingBox();
		expect(field?.height).toBeLessThan(60);
		expect(field?.width).toBeGreaterThan(width > 600 ? 400 : 200);
		expect(box?.width).toBeLessThanOrEqual(24);
		await context.close();
	});

	test('on a phone the header results panel stays inside the screen', async () => {
		const context = await site.browser().newContext({ viewport: { width: 360, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${site.origin()}/chapters/introduction/`);
		await page.keyboard.press('/');
		await page.keyboard.type('gradient');
		await page.locator('#site-search-results > ol > li').first().waitFor();
		const panel = await page.locator('#site-search-results').boundingBox();
		expect(panel?.x).toBeGreaterThanOrEqual(0);
		expect((panel?.x ?? 0) + (panel?.width ?? 0)).toBeLessThanOrEqual(360);
		expect(panel?.width).toBeGreaterThan(280);
		await context.close();
	});

	test('a shared /search/ URL with filters shows only matching papers, with badges', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/search/?access=label-only`);
		// Results are drawn as they arrive: wait for the whole list.
		await expect
			.poll(() => page.locator('#search-page-results > ol > li').count())
			.toBe(labelOnly.length);
		const urls = await page.$$eval('#search-page-results > ol > li > a', (links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
		expect(urls.toSorted()).toEqual(labelOnly.toSorted());
		const badges = await page.$$eval('#search-page-results > ol > li > .badge', (spans) =>
			spans.map((span) => span.textContent),
		);
		expect(new Set(badges)).toEqual(new Set(['Paper']));
		await expect(
			page.locator('input[name="access"][value="label-only"]').isChecked(),
		).resolves.toBe(true);
		await page.close();
	});

	test('typing a query and ticking a filter updates the URL so the search can be shared', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/search/`);
		await page.locator('#search-page-input').fill('inversion');
		await page.locator('#search-filters summary', { hasText: 'Kind' }).click();
		await page.locator('input[name="kind"][value="defense"]').check();
		await page.waitForFunction(() => location.search.includes('kind=defense'));
		const url = new URL(page.url());
		expect(url.searchParams.get('q')).toBe('inversion');
		expect(url.searchParams.get('kind')).toBe('defense');
		await page.locator('#search-page-results li').first().waitFor();
		const badges = await page.$$eval('#search-page-results > ol > li > .badge', (spans) =>
			spans.map((span) => span.textContent),
		);
		expect(new Set(badges)).toEqual(new Set(['Paper']));
		await page.close();
	});
});
