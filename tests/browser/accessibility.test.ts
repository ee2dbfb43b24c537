/**
 * axe-core finds no violations (WCAG 2 A/AA and best practices, axe's defaults) on any kind of
 * page, in the light theme, in the dark theme the system asks for, and in the dark theme the
 * reader chose with the toggle (stored in localStorage, applied as html[data-theme]).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { hasBrowser, useBuiltSite } from '../support/browser.ts';
import { pageTypes } from '../support/page-types.ts';

// Evaluated in the page rather than added as a script tag, which a strict CSP would block.
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

const site = useBuiltSite();

const themes: {
	name: string;
	options: BrowserContextOptions;
	storedTheme?: string;
	/** The page's `html[data-theme]` and the colour scheme its stylesheet then applies. */
	expected: { dataTheme: string | null; colorScheme: string };
}[] = [
	{
		name: 'light theme',
		options: { colorScheme: 'light' },
		expected: { dataTheme: null, colorScheme: 'light' },
	},
	{
		name: 'dark theme from the system',
		options: { colorScheme: 'dark' },
		expected: { dataTheme: null, colorScheme: 'dark' },
	},
	{
		name: 'dark theme chosen by the reader',
		options: { colorScheme: 'light' },
		storedTheme: 'dark',
		expected: { dataTheme: 'dark', colorScheme: 'dark' },
	},
];

/** One line per violation: rule, what it asks for, and the first few offending elements. */
function describeViolations(violations: AxeResults['violations']): string {
	return violations
		.map(({ id, help, nodes }) => {
			const targets = nodes.slice(0, 5).map((node) => node.target.join(' '));
			const more = nodes.length > 5 ? ` and ${nodes.length - 5} more` : '';
			return `${id}: ${help} (${targets.join(', ')}${more})`;
		})
		.join('\n');
}

// Pages are independent: several are checked at once (vitest's maxConcurrency, 5).
describe.skipIf(!hasBrowser).concurrent.each(themes)('accessibility in the $name', (theme) => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await site.browser().newContext(theme.options);
		if (theme.storedTheme)
			await context.addInitScript(
				(stored) => localStorage.setItem('theme', stored),
				theme.storedTheme,
			);
	});

	afterAll(async () => {
		await context?.close();
	});

	test.for(pageTypes)(
		'$name ($path) has no axe violations',
		// axe checks every cell of the generated tables (the catalog, the results of a task): about
		// 30 s for the largest page on a 2-core machine, more while other builds run beside it.
		{ timeout: 120_000 },
		async ({ path, ready }, { expect }) => {
			const page = await context.newPage();
			await page.goto(`${site.origin()}${path}`);
			if (ready) await page.locator(ready).first().waitFor();
			await expect(
				page.evaluate(() => ({
					dataTheme: document.documentElement.dataset['theme'] ?? null,
					colorScheme: getComputedStyle(document.documentElement).colorScheme,
				})),
			).resolves.toEqual(theme.expected);
			await page.evaluate(axeSource);
			const { violations, passes } = await page.evaluate(() =>
				(window as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
			);
			await page.close();
			expect(passes.length).toBeGreaterThan(10);
			expect(violations, describeViolations(violations)).toEqual([]);
		},
	);
});
