// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { headingAnchorProperties } from './src/lib/heading-anchor.ts';
import { remarkCitations } from './src/lib/remark-citations.ts';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { remarkMathFlag } from './src/lib/remark-math-flag.ts';
import { rehypeScrollableMath } from './src/lib/rehype-scrollable-math.ts';
import { loadCatalog } from './src/lib/validate.ts';
import { site } from './src/site.ts';

const { papers } = loadCatalog('./content/papers');

export default defineConfig({
	site: site.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), katexAssets(), clientScripts()],
	markdown: {
		// Astro 7's default processor runs no remark/rehype plugins and renders no math.
		processor: unified({
			remarkPlugins: [
				remarkHeadingIds,
				remarkMath,
				remarkMathFlag,
				[remarkCitations, { papers: new Map(papers.map((paper) => [paper.id, paper])) }],
			],
			rehypePlugins: [
				[rehypeKatex, { strict: 'error', throwOnError: true }],
				rehypeScrollableMath,
				// Ids first: autolink only links headings that already have one.
				rehypeHeadingIds,
				[
					rehypeAutolinkHeadings,
					{
						behavior: 'append',
						test: ['h2', 'h3', 'h4'],
						properties: headingAnchorProperties,
						// No text inside the link: Astro collects heading text after this runs.
						content: {
							type: 'element',
							tagName: 'span',
							properties: { className: ['anchor-icon'], ariaHidden: 'true' },
							children: [],
						},
					},
				],
			],
		}),
	},
});
