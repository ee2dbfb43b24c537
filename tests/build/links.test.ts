import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { redirects as configuredRedirects } from '../../src/redirects.ts';
import { dist, distFiles, htmlPages } from '../support/dist.ts';
import { extractLinks, findBrokenLinks } from '../support/links.ts';

// Runs over dist/, built by tests/global-setup.ts. External links are not followed.
const pages = new Map(htmlPages().map((page) => [page, readFileSync(join(dist, page), 'utf8')]));
const report = findBrokenLinks(pages, new Set(distFiles()));
const describeProblems = () =>
	report.problems.map(({ page, url, reason }) => `${page}: ${url}: ${reason}`).join('\n');

describe('internal links of the built site', () => {
	test('every internal href and src resolves to a file in dist/', () => {
		expect(pages.size).toBeGreaterThan(10);
		expect(report.checked).toBeGreaterThan(pages.size * 10);
		const missing = report.problems.filter((problem) => !problem.reason.startsWith('no element'));
		expect(missing, describeProblems()).toEqual([]);
	});

	test('every #fragment names an id on its target page', () => {
		expect(report.fragments).toBeGreaterThan(pages.size);
		expect(report.problems, describeProblems()).toEqual([]);
	});

	test('every redirect in src/redirects.ts is a page that lands on an existing page', () => {
		const redirects = [...pages].filter(([, html]) =>
			extractLinks(html).some((link) => link.attribute === 'refresh'),
		);
		// One redirect page per configured redirect, so the check below is over every one of them
		// (none are configured yet; the landing rule itself is tested on fixtures in tests/unit/links).
		expect(redirects.map(([page]) => page).toSorted()).toEqual(
			Object.keys(configuredRedirects)
				.map((path) => `${path.replace(/^\//, '')}index.html`)
				.toSorted(),
		);
		const broken = report.problems.filter((problem) =>
			redirects.some(([page]) => page === problem.page),
		);
		expect(broken, describeProblems()).toEqual([]);
	});
});
