/**
 * A reader's journey through the built site in Chromium, and what must hold on every kind of
 * page: no sideways scrolling on a 360 px phone, no console or page errors, and no request to
 * any origin other than the site's own.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';
import { pageTypes } from '../support/page-types.ts';

const site = useBuiltSite();

/** A context that records every request and every console error or uncaught page error. */
async function trackedContext(options: BrowserContextOptions = {}) {
	const context = await site.browser().newContext(options);
	const requests: string[] = [];
	const errors: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	context.on('page', (page) => watchErrors(page, errors));
	return { context, requests, errors };
}

function watchErrors(page: Page, errors: string[]): void {
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		// The 404 page itself is served with status 404, which Chromium logs as an error.
		const isNotFoundDocument =
			message.location().url === page.url() && /status of 404/.test(message.text());
		if (!isNotFoundDocument) errors.push(`${page.url()}: ${message.text()}`);
	});
}

/** Requests that left the local server; data: and blob: URLs are not requests to an origin. */
const foreignRequests = (requests: string[]) =>
	requests.filter((url) => !url.startsWith(`${site.origin()}/`) && !/^(data|blob):/.test(url));

/** Whether the whole element is inside the viewport. */
const isInViewport = (locator: Locator) =>
	locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.top >= 0 && box.bottom <= window.innerHeight;
	});

async function closeAndCheck({
	context,
	requests,
	errors,
}: Awaited<ReturnType<typeof trackedContext>>) {
	await context.close();
	expect(errors, errors.join('\n')).toEqual([]);
	expect(requests.length).toBeGreaterThan(0);
	expect(foreignRequests(requests)).toEqual([]);
}

describe.skipIf(!hasBrowser)('a reader in a browser', () => {
	test('goes from home to a chapter, one of its sections, a search result and a paper', async () => {
		const tracked = await trackedContext();
		const page = await tracked.context.newPage();
		await page.goto(`${site.origin()}/`);

		const firstChapter = page.locator('main .chapter-list a').first();
		const chapterTitle = await firstChapter.textContent();
		await firstChapter.click();
		await page.waitForURL(/\/chapters\/[a-z0-9-]+\/$/);
		await expect(page.locator('h1').textContent()).resolves.toBe(chapterTitle);

		// A section well down the page, so following the link has to scroll.
		const tocLinks = page.locator('nav.toc a');
		expect(await tocLinks.count()).toBeGreaterThan(3);
		const tocLink = tocLinks.nth(3);
		const hash = await tocLink.getAttribute('href');
		expect(hash).toMatch(/^#[a-z0-9-]+$/);
		const heading = page.locator(`[id="${hash?.slice(1)}"]`);
		await expect(isInViewport(heading)).resolves.toBe(false);
		await tocLink.click();
		expect(new URL(page.url()).hash).toBe(hash);
		await expect.poll(() => isInViewport(heading)).toBe(true);

		const search = page.locator('#site-search-input');
		await search.click();
		// A reader types the paper's title; the method name (DLG) is weighted in the index too.
		await search.pressSequentially('Deep Leakage from Gradients');
		const results = page.locator('#site-search-results');
		const paperResult = results.locator('a[href="/papers/zhu2019-dlg/"]');
		await paperResult.waitFor();
		await expect(results.isVisible()).resolves.toBe(true);
		const resultTitle = await paperResult.textContent();
		await paperResult.click();
		await page.waitForURL(`${site.origin()}/papers/zhu2019-dlg/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(resultTitle);
		expect(resultTitle).toContain('Deep Leakage from Gradients');

		// The search client and Pagefind's index came from the site itself.
		expect(tracked.requests.some((url) => url.startsWith(`${site.origin()}/pagefind/`))).toBe(true);
		await closeAndCheck(tracked);
	});

	test('keeps the chosen theme across page loads', async () => {
		const tracked = await trackedContext({ colorScheme: 'light' });
		const page = await tracked.context.newPage();
		const theme = () => page.evaluate(() => document.documentElement.dataset['theme'] ?? null);
		const stored = () => page.evaluate(() => localStorage.getItem('theme'));

		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await page.goto(`${site.origin()}/`);
		await expect(theme()).resolves.toBeNull();
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
		await toggle.click();
		await expect(theme()).resolves.toBe('dark');
		await expect(stored()).resolves.toBe('dark');
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');

		await page.goto(`${site.origin()}/papers/`);
		await expect(theme()).resolves.toBe('dark');
		// The switch reports the theme a page opened with, not only the one a click chose.
		await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
		await page.reload();
		await expect(theme()).resolves.toBe('dark');

		await page.locator('[data-theme-toggle]').click();
		await expect(theme()).resolves.toBe('light');
		await page.goto(`${site.origin()}/glossary/`);
		await expect(theme()).resolves.toBe('light');
		await expect(stored()).resolves.toBe('light');
		await closeAndCheck(tracked);
	});

	test('previews a citation on hover or focus, loading the preview script only then', async () => {
		const tracked = await trackedContext({ viewport: { width: 1280, height: 900 } });
		const page = await tracked.context.newPage();
		await page.goto(`${site.origin()}/chapters/classifier-inversion/`);
		const previewScript = () => tracked.requests.filter((url) => url.endsWith('/cite-preview.js'));
		expect(previewScript()).toEqual([]);

		const citation = page.locator('main a.cite[href="/papers/zhang2020-gmi/"]').first();
		await citation.hover();
		const card = page.getByRole('tooltip');
		await expect(card.textContent()).resolves.toContain(
			'The Secret Revealer: Generative Model-Inversion Attacks Against Deep Neural Networks',
		);
		expect(previewScript()).toHaveLength(1);
		await expect(citation.getAttribute('aria-describedby')).resolves.toBe('cite-preview');
		// The card sits under the citation, not off at the page's edge.
		const [link, box] = await Promise.all([citation.boundingBox(), card.boundingBox()]);
		expect(box!.y).toBeGreaterThan(link!.y);
		expect(box!.y - (link!.y + link!.height)).toBeLessThan(20);

		await page.keyboard.press('Escape');
		await expect(card.isHidden()).resolves.toBe(true);
		// Keyboard readers get the same card when a citation takes focus.
		const other = page.locator('main a.cite[href="/papers/struppek2022-ppa/"]').first();
		await other.focus();
		await expect(card.textContent()).resolves.toContain('Plug & Play Attacks');
		await expect(card.isVisible()).resolves.toBe(true);
		await closeAndCheck(tracked);
	});

	test('is never made to scroll sideways at 360 px, and no page logs an error', async () => {
		const tracked = await trackedContext({ viewport: { width: 360, height: 740 } });
		const page = await tracked.context.newPage();
		const overflowing: string[] = [];
		for (const { name, path, ready } of pageTypes) {
			await page.goto(`${site.origin()}${path}`);
			if (ready) await page.locator(ready).first().waitFor();
			const { scrollWidth, culprits } = await page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				// Elements sticking out that no scrolling box contains (absolutely positioned ones
				// escape a box that is not their containing block): what to fix.
				culprits: [...document.querySelectorAll('body *')]
					.filter((element) => element.getBoundingClientRect().right > 360)
					.filter((element) => {
						if (/absolute|fixed/.test(getComputedStyle(element).position)) return true;
						for (
							let box = element.parentElement;
							box && box !== document.body;
							box = box.parentElement
						)
							if (getComputedStyle(box).overflowX !== 'visible') return false;
						return true;
					})
					.slice(0, 5)
					.map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
			}));
			if (scrollWidth > 360)
				overflowing.push(`${name} (${path}): ${scrollWidth} px wide: ${culprits.join(', ')}`);
		}
		expect(overflowing).toEqual([]);
		await closeAndCheck(tracked);
	});
});
