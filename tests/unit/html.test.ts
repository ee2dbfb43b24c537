import { describe, expect, test } from 'vitest';
import { inlineScripts, withCsp } from '../../src/integrations/csp.ts';
import { isRedirectPage } from '../../scripts/lib/built-pages.ts';
import { elementIds, headingIds } from '../../scripts/lib/permalinks.ts';

// These read built HTML with a parser: markup a regular expression misread is read as a browser reads it.
describe('inline scripts the CSP hashes', () => {
	test('executable inline scripts only, whatever the attribute order, quoting or case', () => {
		const html = [
			'<script>a()</script>',
			'<script type="module" data-x="1 > 0">b()</script>',
			"<SCRIPT type='text/javascript'>c()</SCRIPT>",
			'<script type="application/ld+json">{"d":1}</script>',
			'<script defer src="/e.js"></script>',
			'<!-- <script>f()</script> -->',
		].join('');
		expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()']);
	});

	test('the policy goes first in <head>, even when <head> has attributes', () => {
		const html =
			'<!doctype html><html><head data-x="a>b"><title>t</title></head><body></body></html>';
		expect(withCsp(html)).toMatch(
			/^<!doctype html><html><head data-x="a>b"><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/,
		);
	});
});

describe('ids the permanent-URL check records', () => {
	const html = `<h1 id="top">T</h1><H2 class="x" ID='upper'>U</H2><h3 data-note="a>b" id="after-gt">A</h3><div title=">" id="box"></div><p>id="not-an-id"</p>`;
	test('heading ids in document order', () => {
		expect(headingIds(html)).toEqual(['top', 'upper', 'after-gt']);
	});
	test('every element id', () => {
		expect(elementIds(html)).toEqual(new Set(['top', 'upper', 'after-gt', 'box']));
	});
});

test('a redirect stub is recognised whatever its attribute order', () => {
	expect(isRedirectPage('<meta http-equiv="refresh" content="0;url=/a/">')).toBe(true);
	expect(isRedirectPage('<meta content="0;url=/a/" http-equiv="Refresh">')).toBe(true);
	expect(isRedirectPage('<p>&lt;meta http-equiv="refresh"&gt;</p>')).toBe(false);
});
