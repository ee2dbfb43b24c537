/**
 * The site works under its strict Content-Security-Policy: theme toggle, search and catalog
 * filters run without a single policy violation, while an unlisted inline script is refused.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { withCsp } from '../../src/integrations/csp.ts';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';

const site = useBuiltSite();

/** Console messages in which Chromium reports refused resources or scripts. */
function watchViolations(page: Page): string[] {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

describe.skipIf(!hasBrowser)('under the Content-Security-Policy', () => {
	test('theme toggle, search and catalog filters work with no violation', async () => {
		const page = await site.browser().newPage();
		const violations = watchViolations(page);
		await page.goto(`${site.origin()}/chapters/introduction/`);
		const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.locator('[data-theme-toggle]').click();
		await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toMatch(
			/^(light|dark)$/,
		);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
			before,
		);
		await page.locator('#site-search-input').fill('gradient');
		await page.locator('#site-search-results li').first().waitFor();
		await page.goto(`${site.origin()}/papers/?access=label-only`);
		await expect(page.locator('#catalog-count').textContent()).resolves.toMatch(/^Showing \d+ of/);
		await page.goto(`${site.origin()}/search/?q=inversion&kind=attack`);
		await page.locator('#search-page-results li').first().waitFor();
		expect(violations).toEqual([]);
		await page.close();
	});

	test('an inline script the policy does not list is refused', async () => {
		const page = await site.browser().newPage();
		const violations = watchViolations(page);
		const allowed = '<script>document.title = "allowed";</script>';
		const html = withCsp(
			`<!doctype html><html><head>${allowed}</head><body></body></html>`,
		).replace('</body>', '<script>document.title = "injected";</script></body>');
		await page.route(`${site.origin()}/csp-probe/`, (route) =>
			route.fulfill({ contentType: 'text/html', body: html }),
		);
		await page.goto(`${site.origin()}/csp-probe/`);
		await expect(page.title()).resolves.toBe('allowed');
		expect(violations.length).toBeGreaterThan(0);
		await page.close();
	});
});
