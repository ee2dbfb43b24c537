/**
 * Every page in dist/ passes html-validate with `.htmlvalidate.json`: the recommended preset,
 * with the rules below relaxed for deliberate, valid choices. The reasons live here because
 * JSON has no comments; a test keeps this list and the config in step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { dist, htmlPages } from '../support/dist.ts';

const relaxedRules: Record<string, string> = {
	'form-dup-name':
		'checkbox groups share a name (kind=attack&kind=defense), as multi-valued form fields do; other duplicates stay errors',
	'long-title':
		'paper pages are titled with the paper’s full published title, often over 70 characters',
	'prefer-native-element':
		'region is excluded: a scrollable table wrapper is the usual <div role="region" tabindex="0" aria-label>',
	'wcag/h32':
		'the header search form submits on Enter (implicit submission) and shows results as you type; /search/ has a button',
};

describe('HTML validity', () => {
	test('.htmlvalidate.json extends the recommended preset and relaxes only documented rules', () => {
		const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as {
			extends: string[];
			rules?: Record<string, unknown>;
		};
		expect(config.extends).toEqual(['html-validate:recommended']);
		expect(Object.keys(config.rules ?? {}).toSorted()).toEqual(
			Object.keys(relaxedRules).toSorted(),
		);
	});

	test('html-validate reports no errors on any page of dist/', async () => {
		const pages = htmlPages();
		expect(pages.length).toBeGreaterThan(10);
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const report = await validator.validateMultipleFiles(pages.map((page) => join(dist, page)));
		expect(report.valid, formatterFactory('text')(report.results)).toBe(true);
		expect(report.errorCount).toBe(0);
	});
});
