import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

const labelOnly = readdirSync('content/papers')
	.filter((name) =>
		/^access: \[.*label-only.*\]$/m.test(readFileSync(`content/papers/${name}`, 'utf8')),
	)
	.map((name) => `/papers/${name.replace(/\.yaml$/, '')}/`);

describe.skipIf(!hasBrowser)('search in a browser', () => {
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

	test('a shared /search/ URL with filters shows only matching papers, with badges', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/search/?access=label-only`);
		await page.locator('#search-page-results li').first().waitFor();
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
