/**
 * The rehype plugins that rewrite chapter HTML: links under the base path, the "Cite" control
 * beside every section heading, anchors for renamed headings and focusable display math. Each runs on a small HTML fragment and its output is parsed back.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { sectionBibtex, sectionReference } from '../../src/lib/citation/survey-citations.ts';
import { rehypeBaseLinks } from '../../src/lib/markdown/rehype-base-links.ts';
import { rehypeHeadingAliases } from '../../src/lib/markdown/rehype-heading-aliases.ts';
import { rehypeScrollableMath } from '../../src/lib/markdown/rehype-scrollable-math.ts';
import { rehypeSectionCitations } from '../../src/lib/markdown/rehype-section-citations.ts';
import { permanentUrl } from '../../src/site.ts';

function run(
	html: string,
	plugin: Plugin<[], Root>,
	path = `${process.cwd()}/content/chapters/attacks.mdx`,
	title?: string,
): string {
	const file = new VFile({ value: html, path });
	if (title) file.data['astro'] = { frontmatter: { title } };
	return String(
		unified()
			.use(rehypeParse, { fragment: true })
			.use(plugin)
			.use(rehypeStringify)
			.processSync(file),
	);
}

describe('rehypeBaseLinks', () => {
	const underAtlas = () => rehypeBaseLinks({ base: '/atlas/' });

	test.each([
		['<a href="/papers/">x</a>', '<a href="/atlas/papers/">x</a>'],
		['<img src="/favicon.svg">', '<img src="/atlas/favicon.svg">'],
		['<a href="/">x</a>', '<a href="/atlas/">x</a>'],
		['<a href="/atlas/papers/">x</a>', '<a href="/atlas/papers/">x</a>'],
		['<a href="/atlas">x</a>', '<a href="/atlas">x</a>'],
		['<a href="/atlases/">x</a>', '<a href="/atlas/atlases/">x</a>'],
		['<a href="#top">x</a>', '<a href="#top">x</a>'],
		['<a href="papers/">x</a>', '<a href="papers/">x</a>'],
		['<a href="//cdn.example.org/a.js">x</a>', '<a href="//cdn.example.org/a.js">x</a>'],
		['<a href="https://example.org/">x</a>', '<a href="https://example.org/">x</a>'],
		['<a>x</a>', '<a>x</a>'],
	])('%s under /atlas/ becomes %s', (input, expected) => {
		expect(run(input, underAtlas)).toBe(expected);
	});

	test('every link of a nested fragment, and nothing at the root base', () => {
		const html = '<p><a href="/a/">a</a> <span><a href="/b/">b</a></span></p>';
		expect(run(html, underAtlas)).toBe(
			'<p><a href="/atlas/a/">a</a> <span><a href="/atlas/b/">b</a></span></p>',
		);
		expect(run(html, () => rehypeBaseLinks({ base: '/' }))).toBe(html);
	});
});

describe('rehypeSectionCitations', () => {
	const parse = (html: string) =>
		unified().use(rehypeParse, { fragment: true }).parse(html).children as Element[];
	const textOf = (node: Element | undefined): string =>
		(node?.children ?? [])
			.map((child) => (child.type === 'text' ? child.value : textOf(child as Element)))
			.join('');

	test('an h2 and an h3 each get a Cite control with link, BibTeX and reference', () => {
		const html = run(
			'<h2 id="gan-priors">GAN <em>priors</em></h2><p>Text.</p><h3 id="label-only">Label only</h3>',
			rehypeSectionCitations,
			undefined,
			'Attacks',
		);
		const [first, paragraph, second] = parse(html);
		expect(first?.tagName).toBe('div');
		expect(first?.properties['className']).toEqual(['section-head', 'section-head-h2']);
		expect(paragraph?.tagName).toBe('p');
		expect(second?.properties['className']).toEqual(['section-head', 'section-head-h3']);
		const [heading, details] = (first?.children ?? []).filter(
			(child): child is Element => child.type === 'element',
		);
		expect(heading?.tagName).toBe('h2');
		expect(details?.tagName).toBe('details');
		expect(details?.properties['className']).toEqual(['cite-section']);
		expect(details?.properties['dataPagefindIgnore']).toBe('all');
		const [summary, link, pre, reference] = (details?.children ?? []) as Element[];
		expect(summary?.tagName).toBe('summary');
		expect(textOf(summary)).toBe('Cite this section');
		expect((summary?.children[1] as Element).properties['className']).toEqual(['visually-hidden']);
		const url = permanentUrl('/chapters/attacks/#gan-priors');
		expect(textOf(link)).toBe(`Permanent link: ${url}`);
		expect((link?.children[1] as Element).properties['href']).toBe(url);
		const section = {
			chapterTitle: 'Attacks',
			sectionTitle: 'GAN priors',
			url,
			key: 'atlas-attacks-gan-priors',
		};
		expect(pre?.tagName).toBe('pre');
		expect(textOf(pre)).toBe(sectionBibtex(section));
		expect(textOf(reference)).toBe(sectionReference(section));
	});

	test('without a title in the frontmatter the chapter is named by its file', () => {
		const html = run(
			'<h2 id="a">A</h2>',
			rehypeSectionCitations,
			`${process.cwd()}/content/chapters/intro.md`,
		);
		expect(html).toContain('@misc{atlas-intro-a,');
		expect(html).toContain("Section of the chapter ``intro''");
		expect(html).toContain(permanentUrl('/chapters/intro/#a'));
	});

	test.each([
		['<h1 id="t">Title</h1>', 'a chapter title'],
		['<h4 id="d">Deep</h4>', 'a fourth-level heading'],
		['<h2>No id</h2>', 'a heading without an id'],
		['<h2 id="footnote-label">Footnotes</h2>', 'the footnote list'],
	])('%s is left alone (%s)', (input) => {
		expect(run(input, rehypeSectionCitations)).toBe(input);
	});

	test('Markdown outside the chapters is left alone', () => {
		const input = '<h2 id="a">A</h2>';
		expect(run(input, rehypeSectionCitations, `${process.cwd()}/content/concepts.md`)).toBe(input);
	});
});

describe('rehypeHeadingAliases', () => {
	const aliases = {
		'/chapters/attacks/': { 'old-gan': 'gan-priors', 'older-gan': 'gan-priors', 'x-top': 'top' },
	};
	const plugin = () => rehypeHeadingAliases({ aliases });

	test('old ids become empty anchors just before the renamed heading, at any level', () => {
		expect(
			run(
				'<h2 id="gan-priors">GAN</h2><p id="top">Text</p><h5 id="top">Top</h5><h3 id="other">O</h3>',
				plugin,
			),
		).toBe(
			'<span id="old-gan" class="heading-alias"></span><span id="older-gan" class="heading-alias"></span>' +
				'<h2 id="gan-priors">GAN</h2><p id="top">Text</p>' +
				'<span id="x-top" class="heading-alias"></span><h5 id="top">Top</h5><h3 id="other">O</h3>',
		);
	});

	test('headings nested in a wrapper get their anchors inside it', () => {
		expect(run('<div><h2 id="gan-priors">GAN</h2></div>', plugin)).toBe(
			'<div><span id="old-gan" class="heading-alias"></span><span id="older-gan" class="heading-alias"></span><h2 id="gan-priors">GAN</h2></div>',
		);
	});

	test.each([
		['another chapter', `${process.cwd()}/content/chapters/defenses.mdx`],
		['a page outside the chapters', `${process.cwd()}/content/attacks.md`],
	])('%s is left alone', (_name, path) => {
		const input = '<h2 id="gan-priors">GAN</h2>';
		expect(run(input, plugin, path)).toBe(input);
	});
});

describe('rehypeScrollableMath', () => {
	test.each([
		[
			'<span class="katex"><math display="block"><mi>x</mi></math></span>',
			'<span class="katex" tabindex="0"><math display="block"><mi>x</mi></math></span>',
		],
		[
			'<span class="katex"><math><mi>x</mi></math></span>',
			'<span class="katex"><math><mi>x</mi></math></span>',
		],
		[
			'<span class="other"><math display="block"><mi>x</mi></math></span>',
			'<span class="other"><math display="block"><mi>x</mi></math></span>',
		],
		[
			'<span><math display="block"><mi>x</mi></math></span>',
			'<span><math display="block"><mi>x</mi></math></span>',
		],
		[
			'<span class="katex"><span display="block"></span></span>',
			'<span class="katex"><span display="block"></span></span>',
		],
		['<span class="katex">text</span>', '<span class="katex">text</span>'],
	])('%s becomes %s', (input, expected) => {
		expect(run(input, rehypeScrollableMath)).toBe(expected);
	});
});
