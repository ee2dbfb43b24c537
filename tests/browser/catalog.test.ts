import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

/** Rows the reader can see, as their data attributes. */
const visibleRows = (page: Page) =>
	page.$$eval('#catalog-table tbody tr', (rows) =>
		rows
			.filter((row) => !(row as HTMLElement).hidden)
			.map((row) => ({ ...(row as HTMLElement).dataset })),
	);

describe.skipIf(!hasBrowser)('the catalog in a browser', () => {
	test('filtering to label-only attacks shows only those and puts the filter in the URL', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const all = await visibleRows(page);
		await page.locator('#catalog-filters summary', { hasText: 'Access' }).click();
		await page.locator('input[name="access"][value="label-only"]').check();
		await page.locator('#catalog-filters summary', { hasText: 'Kind' }).click();
		await page.locator('input[name="kind"][value="attack"]').check();
		const shown = await visibleRows(page);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(all.length);
		for (const row of shown) {
			expect(row['kind']).toBe('attack');
			expect(row['access']?.split(' ')).toContain('label-only');
		}
		const expected = all.filter(
			(row) => row['kind'] === 'attack' && row['access']?.split(' ').includes('label-only'),
		);
		expect(shown.map((row) => row['id']).toSorted()).toEqual(
			expected.map((row) => row['id']).toSorted(),
		);
		const url = new URL(page.url());
		expect(url.searchParams.get('access')).toBe('label-only');
		expect(url.searchParams.get('kind')).toBe('attack');
		await expect(page.locator('#catalog-count').textContent()).resolves.toBe(
			`Showing ${shown.length} of ${all.length} papers.`,
		);
		await page.close();
	});

	test.each([
		['Ruoxi Jia', 'zhang2020-gmi'],
		['GMI', 'zhang2020-gmi'],
		['VGGFace2', 'li2025-smile'],
		['Transactions on Machine Learning Research', 'tran2025-midre'],
	])('the text filter finds "%s" by name, any author, venue or dataset', async (query, id) => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		await page.locator('#filter-q').fill(query);
		await expect.poll(async () => (await visibleRows(page)).map((row) => row['id'])).toContain(id);
		const shown = await visibleRows(page);
		expect(shown.length).toBeLessThan(50);
		await page.close();
	});

	test('when nothing matches it says so, links to a site search and clears the filters', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const empty = page.locator('#catalog-empty');
		await expect(empty.isVisible()).resolves.toBe(false);
		await page.locator('#filter-q').fill('zzqx nothing like this');
		await expect.poll(() => empty.isVisible()).toBe(true);
		expect(await visibleRows(page)).toEqual([]);
		await expect(empty.textContent()).resolves.toContain('No papers match these filters.');
		await expect(
			empty
				.getByRole('link', { name: 'Search chapters and the glossary for this text' })
				.getAttribute('href'),
		).resolves.toBe('/search/?q=zzqx%20nothing%20like%20this');
		await empty.getByRole('button', { name: 'clear them all' }).click();
		await expect.poll(async () => (await visibleRows(page)).length).toBeGreaterThan(300);
		await expect(empty.isVisible()).resolves.toBe(false);
		// An empty view from facets alone offers no text search.
		await page.goto(`${site.origin()}/papers/?kind=defense&family=gradient-inversion`);
		await expect.poll(() => empty.isVisible()).toBe(true);
		await expect(page.locator('#catalog-empty-search').isVisible()).resolves.toBe(false);
		await page.close();
	});

	test('a shared URL restores the filtered view', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/?access=label-only&from=2023`);
		const shown = await visibleRows(page);
		expect(shown.length).toBeGreaterThan(0);
		for (const row of shown) {
			expect(row['access']?.split(' ')).toContain('label-only');
			expect(Number(row['year'])).toBeGreaterThanOrEqual(2023);
		}
		await expect(
			page.locator('input[name="access"][value="label-only"]').isChecked(),
		).resolves.toBe(true);
		await page.close();
	});

	test('sorting by year puts the oldest paper first, then the newest', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const years = async () => (await visibleRows(page)).map((row) => Number(row['year']));
		await page.getByRole('button', { name: 'First version' }).click();
		const descending = await years();
		expect(descending).toEqual(descending.toSorted((a, b) => b - a));
		await page.getByRole('button', { name: 'First version' }).click();
		const ascending = await years();
		expect(ascending).toEqual(ascending.toSorted((a, b) => a - b));
		expect(new URL(page.url()).searchParams.get('sort')).toBe('year');
		await page.close();
	});

	test('exporting the view downloads BibTeX of exactly the visible papers', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/?access=label-only`);
		const shown = (await visibleRows(page)).map((row) => row['id']);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'BibTeX' }).click(),
		]);
		const stream = await download.createReadStream();
		let text = '';
		for await (const chunk of stream) text += String(chunk);
		const keys = [...text.matchAll(/^@\w+\{([a-z0-9-]+),/gm)].map((match) => match[1]);
		expect(keys).toEqual(shown);
		await page.close();
	});

	test('without JavaScript the whole catalog is a plain table', async () => {
		const context = await site.browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin()}/papers/?access=label-only`);
		const rows = await page.locator('#catalog-table tbody tr').count();
		const data = await page.locator('#catalog-table tbody tr:visible').count();
		expect(data).toBe(rows);
		await expect(page.locator('#catalog-filters').isVisible()).resolves.toBe(false);
		await context.close();
	});
});
