import type { Element, ElementContent } from 'hast';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { headingAnchorProperties } from '../../src/lib/markdown/heading-anchor.ts';
import { rehypeScrollableMath } from '../../src/lib/markdown/rehype-scrollable-math.ts';
import { remarkCitations } from '../../src/lib/markdown/remark-citations.ts';
import { remarkHeadingIds } from '../../src/lib/markdown/remark-heading-ids.ts';
import { remarkMathFlag } from '../../src/lib/markdown/remark-math-flag.ts';

const papers = new Map([
	[
		'zhang2020-gmi',
		{
			id: 'zhang2020-gmi',
			title: 'The Secret Revealer',
			authors: ['Yuheng Zhang', 'Ruoxi Jia', 'Hengzhi Pei'],
			year: 2019,
			venue: { year: 2020 },
		},
	],
	[
		'zhu2019-dlg',
		{
			id: 'zhu2019-dlg',
			title: 'Deep Leakage from Gradients',
			authors: ['Ligeng Zhu', 'Zhijian Liu', 'Song Han'],
			year: 2019,
		},
	],
]);

async function render(markdown: string) {
	const file = new VFile({ value: markdown, path: `${process.cwd()}/content/chapters/sample.mdx` });
	const result = await unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkHeadingIds)
		.use(remarkMath)
		.use(remarkMathFlag)
		.use(remarkCitations, { papers })
		.use(remarkRehype)
		.use(rehypeStringify)
		.process(file);
	const frontmatter =
		(result.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
	return { html: String(result), frontmatter };
}

describe('citations', () => {
	test('become author-year links to paper pages, in order of first use', async () => {
		const { html, frontmatter } = await render(
			'GMI [@zhang2020-gmi] and DLG [@zhu2019-dlg; @zhang2020-gmi, Table 1].',
		);
		expect(html).toContain(
			'GMI (<a href="/papers/zhang2020-gmi/" class="cite">Zhang et al., 2020</a>)',
		);
		expect(html).toContain(
			'(<a href="/papers/zhu2019-dlg/" class="cite">Zhu et al., 2019</a>; <a href="/papers/zhang2020-gmi/" class="cite">Zhang et al., 2020</a>, Table 1)',
		);
		expect(frontmatter['citations']).toEqual(['zhang2020-gmi', 'zhu2019-dlg']);
	});

	test('keep prefixes, suffixes and the text around and between citations', async () => {
		const { html } = await render(
			'As [see @zhu2019-dlg p. 3] shows, and [@zhang2020-gmi], see [@zhu2019-dlg, sec. 2] too.',
		);
		expect(html).toBe(
			'<p>As (see <a href="/papers/zhu2019-dlg/" class="cite">Zhu et al., 2019</a> p. 3) shows, ' +
				'and (<a href="/papers/zhang2020-gmi/" class="cite">Zhang et al., 2020</a>), ' +
				'see (<a href="/papers/zhu2019-dlg/" class="cite">Zhu et al., 2019</a>, sec. 2) too.</p>',
		);
	});

	test('a citation at the very start and end of a paragraph leaves no empty text', () => {
		const tree = unified()
			.use(remarkParse)
			.use(remarkCitations, { papers })
			.runSync(unified().use(remarkParse).parse('[@zhu2019-dlg]'), new VFile({ path: 'x.md' }));
		const paragraph = (
			tree as unknown as { children: { children: { type: string; value?: string }[] }[] }
		).children[0];
		expect(paragraph?.children.map((child) => [child.type, child.value])).toEqual([
			['text', '('],
			['link', undefined],
			['text', ')'],
		]);
	});

	test('the cited ids join the frontmatter a file already has', () => {
		const file = new VFile({ path: 'x.md' });
		file.data['astro'] = { frontmatter: { title: 'T' } };
		unified()
			.use(remarkParse)
			.use(remarkCitations, { papers })
			.runSync(unified().use(remarkParse).parse('A [@zhu2019-dlg].'), file);
		expect(file.data['astro']).toEqual({ frontmatter: { title: 'T', citations: ['zhu2019-dlg'] } });
	});

	test('leave code and ordinary brackets alone', async () => {
		const { html, frontmatter } = await render(
			'Use `[@zhang2020-gmi]` to cite; arrays look like [1, 2].',
		);
		expect(html).toContain('<code>[@zhang2020-gmi]</code>');
		expect(html).toContain('[1, 2]');
		expect(frontmatter['citations']).toEqual([]);
	});

	test('an unknown key fails with file and line', async () => {
		await expect(
			render('Intro.\n\nSecond paragraph\ncites [@nobody2020-missing].'),
		).rejects.toThrow('content/chapters/sample.mdx:4: unknown citation key "@nobody2020-missing"');
	});
});

describe('heading ids', () => {
	test('an explicit {#id} wins and is removed from the text', async () => {
		const { html } = await render('## Threat model {#threat-model}\n\n### Plain heading');
		expect(html).toContain('<h2 id="threat-model">Threat model</h2>');
		expect(html).toContain('<h3>Plain heading</h3>');
	});
});

describe('math flag', () => {
	test.each([
		['inline math', 'Let $x$ be an input.', true],
		['display math', '$$\n\\min_z L(z)\n$$', true],
		['no math', 'Costs $5 and more.', false],
	])('%s', async (_name, markdown, hasMath) => {
		expect((await render(markdown)).frontmatter['hasMath']).toBe(hasMath);
	});
});

describe('heading anchor links', () => {
	const heading = (children: ElementContent[]): Element => ({
		type: 'element',
		tagName: 'h2',
		properties: { id: 'x' },
		children,
	});

	test('are named after the section they link to', () => {
		expect(headingAnchorProperties(heading([{ type: 'text', value: 'Threat  model ' }]))).toEqual({
			className: ['anchor'],
			ariaLabel: 'Link to section: Threat model',
		});
	});

	test('read math once, from its MathML, without the TeX annotation', () => {
		const element = (tagName: string, children: ElementContent[], properties = {}): Element => ({
			type: 'element',
			tagName,
			properties,
			children,
		});
		const text = (value: string): ElementContent => ({ type: 'text', value });
		// KaTeX's output: MathML for assistive technology, then an aria-hidden HTML rendering.
		const math = element('span', [
			element('span', [
				element('math', [
					element('semantics', [
						element('mrow', [element('mi', [text('f')]), element('mi', [text('θ')])]),
						element('annotation', [text('f_\\theta')]),
					]),
				]),
			]),
			element('span', [text('fθ')], { ariaHidden: 'true' }),
		]);
		expect(headingAnchorProperties(heading([text('Inverting '), math]))).toEqual({
			className: ['anchor'],
			ariaLabel: 'Link to section: Inverting fθ',
		});
	});
});

describe('display math', () => {
	test('is focusable, so that keyboard users can scroll a long equation', async () => {
		const html = String(
			await unified()
				.use(remarkParse)
				.use(remarkMath)
				.use(remarkRehype)
				.use(rehypeKatex, { output: 'mathml' })
				.use(rehypeScrollableMath)
				.use(rehypeStringify)
				.process('Inline $x$ stays out of the tab order.\n\n$$\nx^2\n$$\n'),
		);
		expect(html).toContain(
			'<span class="katex" tabindex="0"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block">',
		);
		expect(html.match(/tabindex/g)).toHaveLength(1);
	});
});
