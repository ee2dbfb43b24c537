import { describe, expect, test } from 'vitest';
import { extractIds, extractLinks, findBrokenLinks, isInternal } from '../support/links.ts';

const home = `<!doctype html><html><head>
<link rel="stylesheet" href="/style.css"><link rel="canonical" href="https://example.org/">
<script src="/app.js"></script><script>const html = '<a href="/in-a-script/">';</script>
</head><body>
<!-- <a href="/commented-out/"> -->
<h2 id="intro">Intro</h2><a name="legacy"></a>
<a href="/papers/">ok</a>
<a href="/papers/#filters">ok fragment</a>
<a href="#intro">ok same page</a>
<a href="papers/?q=a&amp;b=c#filters">ok relative with query</a>
<a href="#legacy">ok named anchor</a>
<a href="/missing/">broken link</a>
<a href="/papers/#nope">broken fragment</a>
<a href="#outro">broken same-page fragment</a>
<a href="/papers">no trailing slash</a>
<a href="https://example.com/x/">external</a><a href="mailto:a@example.org">mail</a>
<img src="/img/a.svg" srcset="/img/a.svg 1x, /img/a-2x.svg 2x" alt="">
</body></html>`;

const papers = `<!doctype html><html><body><form id="filters" action="/search/"></form>
<a href="../">up</a><a href="../#intro">up fragment</a></body></html>`;
const redirect = `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/papers/">`;
const brokenRedirect = `<!doctype html><meta http-equiv="refresh" content="0; URL='/gone/'">`;

const pages = new Map([
	['index.html', home],
	['papers/index.html', papers],
	['old/index.html', redirect],
	['older/index.html', brokenRedirect],
]);
const files = new Set([
	...pages.keys(),
	'style.css',
	'app.js',
	'img/a.svg',
	'img/a-2x.svg',
	'search/index.html',
]);

describe('extractLinks', () => {
	test('finds href, src, srcset, action and meta refresh, skipping scripts and comments', () => {
		const urls = extractLinks(home).map((link) => link.url);
		expect(urls).toContain('/style.css');
		expect(urls).toContain('/app.js');
		expect(urls).toContain('/img/a-2x.svg');
		expect(urls).toContain('papers/?q=a&b=c#filters');
		expect(urls).not.toContain('/in-a-script/');
		expect(urls).not.toContain('/commented-out/');
		expect(extractLinks(papers)).toContainEqual({ attribute: 'action', url: '/search/' });
		expect(extractLinks(brokenRedirect)).toEqual([{ attribute: 'refresh', url: '/gone/' }]);
	});
});

test('links and ids are read as a browser reads them: named entities, attributes without a space between', () => {
	const html = `<a href="/caf&eacute;/"id="caf&eacute;">x</a><p title='a"b'id="after-quote"></p>`;
	expect(extractLinks(html)).toEqual([{ attribute: 'href', url: '/café/' }]);
	expect([...extractIds(html)].toSorted()).toEqual(['after-quote', 'café']);
});

describe('extractIds', () => {
	test('collects ids and anchor names', () => {
		expect([...extractIds(home)].toSorted()).toEqual(['intro', 'legacy']);
	});
});

describe('isInternal', () => {
	test.each([
		['/papers/', true],
		['#intro', true],
		['../x/', true],
		['https://example.com/', false],
		['//cdn.example.com/x.js', false],
		['mailto:a@example.org', false],
		['data:image/png;base64,AA', false],
	])('%s → %s', (url, internal) => {
		expect(isInternal(url)).toBe(internal);
	});
});

describe('findBrokenLinks', () => {
	const report = findBrokenLinks(pages, files);

	test('reports a missing page, a missing fragment on another page and on the same page', () => {
		expect(report.problems).toContainEqual({
			page: 'index.html',
			url: '/missing/',
			reason: 'no file missing/index.html in dist',
		});
		expect(report.problems).toContainEqual({
			page: 'index.html',
			url: '/papers/#nope',
			reason: 'no element with id "nope" in papers/index.html',
		});
		expect(report.problems).toContainEqual({
			page: 'index.html',
			url: '#outro',
			reason: 'no element with id "outro" in index.html',
		});
	});

	test('reports a directory link without its trailing slash', () => {
		expect(report.problems.map((problem) => problem.url)).toContain('/papers');
	});

	test('reports a redirect to nowhere and accepts one that lands', () => {
		expect(report.problems).toContainEqual({
			page: 'older/index.html',
			url: '/gone/',
			reason: 'no file gone/index.html in dist',
		});
		expect(report.problems.filter((problem) => problem.page === 'old/index.html')).toEqual([]);
	});

	test('reports nothing else: relative links, queries, named anchors and externals pass', () => {
		expect(report.problems).toHaveLength(5);
		expect(report.fragments).toBe(7);
	});

	test('reports a redirect that lands on another redirect', () => {
		const chain = new Map([...pages, ['oldest/index.html', redirect.replace('/papers/', '/old/')]]);
		expect(
			findBrokenLinks(chain, new Set([...files, 'oldest/index.html'])).problems,
		).toContainEqual({
			page: 'oldest/index.html',
			url: '/old/',
			reason: 'redirects to old/index.html, which is itself a redirect',
		});
	});
});
