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

/** Opens the collapsed filter panel (which also loads the catalog script). */
async function openPanel(page: Page): Promise<void> {
	await page.locator('#catalog-panel > summary').click();
	await page.locator('#filter-q').waitFor();
}

/** The rows' cells of one column, in their current order. */
const columnText = (page: Page, column: number) =>
	page.$$eval(
		'#catalog-table tbody tr',
		(rows, index) =>
			rows.map((row) => (row as HTMLTableRowElement).cells[index]?.textContent ?? ''),
		column,
	);

describe.skipIf(!hasBrowser)('the catalog in a browser', () => {
	test('a URL filter on a recorded assumption keeps only the attacks that need it', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const all = await visibleRows(page);
		await page.goto(`${site.origin()}/papers/?observes=labels-only&knows=target-label`);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('#catalog-table tbody tr')].some(
				(row) => (row as HTMLElement).hidden,
			),
		);
		const shown = await visibleRows(page);
		const expected = all.filter(
			(row) =>
				row['observes']?.split(' ').includes('labels-only') &&
				row['knows']?.split(' ').includes('target-label'),
		);
		expect(expected.length).toBeGreaterThan(0);
		expect(shown.map((row) => row['id']).toSorted()).toEqual(
			expected.map((row) => row['id']).toSorted(),
		);
		await page.close();
	});

	test('filtering to label-only attacks shows only those and puts the filter in the URL', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const all = await visibleRows(page);
		await openPanel(page);
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
		await openPanel(page);
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
		await openPanel(page);
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
		const header = page.locator('th[data-sort-key="year"]');
		// The first click may come before the catalog script has loaded: it is remembered.
		await page.getByRole('button', { name: 'First version' }).click();
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
		const descending = await years();
		expect(descending).toEqual(descending.toSorted((a, b) => b - a));
		await page.getByRole('button', { name: 'First version' }).click();
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
		const ascending = await years();
		expect(ascending).toEqual(ascending.toSorted((a, b) => a - b));
		expect(new URL(page.url()).searchParams.get('sort')).toBe('year');
		await page.close();
	});

	test('exporting the view downloads BibTeX of exactly the visible papers', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/?access=label-only`);
		// The script applies the URL's filter after load; read the rows once it has.
		await page.waitForFunction(() =>
			/^Showing (\d+) of (?!\1 )\d+ papers/.test(
				document.getElementById('catalog-count')?.textContent?.trim() ?? '',
			),
		);
		const shown = (await visibleRows(page)).map((row) => row['id']);
		// An empty view would make the comparison below pass with an empty download.
		expect(shown.length).toBeGreaterThan(1);
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
		// Headers cannot sort without the script, and say so instead of doing nothing.
		await expect(page.locator('#catalog-table th button:disabled').count()).resolves.toBe(
			await page.locator('#catalog-table th').count(),
		);
		await context.close();
	});

	test('the filter panel is one line until opened, and no catalog script loads before that', async () => {
		const page = await site.browser().newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.origin()}/papers/`);
		const panel = page.locator('#catalog-panel');
		const scripts = () =>
			page.evaluate(() =>
				performance
					.getEntriesByType('resource')
					.map((entry) => new URL(entry.name).pathname)
					.filter((path) => path.endsWith('.js')),
			);
		await expect(panel.getAttribute('open')).resolves.toBeNull();
		const closed = await panel.boundingBox();
		expect(closed?.height).toBeLessThan(60);
		await expect(page.locator('#filter-q').isVisible()).resolves.toBe(false);
		await expect(page.locator('#catalog-count').textContent()).resolves.toMatch(
			/^\s*Showing (\d+) of \1 papers\.\s*$/,
		);
		expect(await scripts()).toEqual([]);
		await page.locator('#catalog-panel > summary').click();
		await expect(page.locator('#filter-q').isVisible()).resolves.toBe(true);
		await expect(panel.getAttribute('open')).resolves.toBe('');
		expect((await panel.boundingBox())?.height).toBeGreaterThan(150);
		await expect.poll(scripts).toEqual(['/client/catalog.js']);
		await page.close();
	});

	test.each([
		['prior', 'Prior'],
		['dataset', 'Dataset'],
		['category', 'Defense category'],
		['venue', 'Venue'],
	])('the %s facet filters the rows and puts its values in the URL', async (field, legend) => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const all = await visibleRows(page);
		await openPanel(page);
		await page.locator('#catalog-filters summary', { hasText: new RegExp(`^${legend}$`) }).click();
		const boxes = page.locator(`input[name="${field}"]`);
		expect(await boxes.count()).toBeGreaterThan(1);
		const values = await boxes.evaluateAll((inputs) =>
			inputs.slice(0, 2).map((input) => (input as HTMLInputElement).value),
		);
		const has = (row: Record<string, string | undefined>, value: string) =>
			(row[field] ?? '').split(' ').includes(value);
		for (const index of values.keys()) {
			await boxes.nth(index).check();
			const wanted = values.slice(0, index + 1);
			await expect.poll(() => new URL(page.url()).searchParams.get(field)).toBe(wanted.join(','));
			const shown = await visibleRows(page);
			const expected = all.filter((row) => wanted.some((value) => has(row, value)));
			expect(shown.length).toBeGreaterThan(0);
			expect(shown.length).toBeLessThan(all.length);
			expect(shown.map((row) => row['id'])).toEqual(expected.map((row) => row['id']));
		}
		// The summary says the collapsed panel holds an active filter; the URL restores the view.
		await expect(page.locator('#catalog-active').textContent()).resolves.toBe(' (1 active)');
		const shared = await site.browser().newPage();
		await shared.goto(page.url());
		await expect
			.poll(async () => (await visibleRows(shared)).length)
			.toBe((await visibleRows(page)).length);
		await expect(shared.locator('#catalog-panel').getAttribute('open')).resolves.toBe('');
		await shared.close();
		await page.close();
	});

	test('at 360 px each paper is a card and nothing scrolls sideways', async () => {
		const page = await site.browser().newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(`${site.origin()}/papers/`);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		const card = page.locator('#catalog-table tbody tr').first();
		await expect(card.evaluate((row) => getComputedStyle(row).display)).resolves.toBe('flex');
		const box = await card.boundingBox();
		expect(box?.width).toBeLessThanOrEqual(340);
		expect(box?.height).toBeGreaterThan(60);
		// Title, authors, year and kind are all visible on the card, inside its box.
		for (const selector of [
			'td:first-child a',
			'.paper-authors',
			'td:nth-child(2)',
			'td:nth-child(4)',
		]) {
			const part = card.locator(selector);
			await expect(part.isVisible(), selector).resolves.toBe(true);
			const partBox = await part.boundingBox();
			expect(partBox!.x + partBox!.width, selector).toBeLessThanOrEqual(box!.x + box!.width + 1);
		}
		// The region does not scroll: its content fits.
		await expect(
			page
				.locator('.catalog-scroll')
				.evaluate((region) => region.scrollWidth <= region.clientWidth),
		).resolves.toBe(true);
		// Sorting is still offered, as a row of header buttons.
		await expect(page.getByRole('button', { name: 'First version' }).isVisible()).resolves.toBe(
			true,
		);
		await page.close();
	});

	test('at 1280 px the catalog is a table with fixed columns that fits the page', async () => {
		const page = await site.browser().newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${site.origin()}/papers/`);
		const table = page.locator('#catalog-table');
		await expect(table.evaluate((element) => getComputedStyle(element).display)).resolves.toBe(
			'table',
		);
		await expect(table.evaluate((element) => getComputedStyle(element).tableLayout)).resolves.toBe(
			'fixed',
		);
		await expect(
			page
				.locator('#catalog-table tbody tr')
				.first()
				.evaluate((row) => getComputedStyle(row).display),
		).resolves.toBe('table-row');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			1280,
		);
		await expect(
			page
				.locator('.catalog-scroll')
				.evaluate((region) => region.scrollWidth <= region.clientWidth),
		).resolves.toBe(true);
		await page.close();
	});

	test('a sort header announces its order with aria-sort and really reorders the rows', async () => {
		const page = await site.browser().newPage();
		await page.goto(`${site.origin()}/papers/`);
		const header = page.locator('th[data-sort-key="venue"]');
		await expect(page.locator('th[aria-sort]').count()).resolves.toBe(0);
		const before = await columnText(page, 2);
		const button = page.getByRole('button', { name: 'Venue' });
		await button.click();
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
		const ascending = await columnText(page, 2);
		expect(ascending).not.toEqual(before);
		expect(ascending).toEqual(
			ascending.toSorted((a, b) => a.trim().localeCompare(b.trim(), 'en', { sensitivity: 'base' })),
		);
		await expect(page.locator('th[aria-sort]').count()).resolves.toBe(1);
		await expect(page.locator('#catalog-count').textContent()).resolves.toBe(
			`Showing ${before.length} of ${before.length} papers, sorted by Venue, ascending.`,
		);
		await button.click();
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
		expect(await columnText(page, 2)).toEqual(ascending.toReversed());
		// The accessible name stays the column name: the arrow is decoration.
		await expect(page.getByRole('button', { name: 'Venue', exact: true }).count()).resolves.toBe(1);
		expect(new URL(page.url()).searchParams.get('sort')).toBe('-venue');
		await page.close();
	});
});
