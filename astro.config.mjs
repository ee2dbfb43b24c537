// @ts-check
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { csp } from './src/integrations/csp.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { headingAnchorProperties } from './src/lib/markdown/heading-anchor.ts';
import { remarkCitations } from './src/lib/markdown/remark-citations.ts';
import { remarkHeadingIds } from './src/lib/markdown/remark-heading-ids.ts';
import { remarkMathFlag } from './src/lib/markdown/remark-math-flag.ts';
import { rehypeHeadingAliases } from './src/lib/markdown/rehype-heading-aliases.ts';
import { rehypeMathVariant } from './src/lib/markdown/rehype-mathvariant.ts';
import { rehypeScrollableMath } from './src/lib/markdown/rehype-scrollable-math.ts';
import { rehypeSectionCitations } from './src/lib/markdown/rehype-section-citations.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { lastModified } from './src/lib/site/lastmod.ts';
import { readChapterDates } from './src/lib/validation/chapters.ts';
import { loadCatalog } from './src/lib/validation/catalog.ts';
import { headingAliases, redirects } from './src/redirects.ts';
import { permanentUrl, site, toHref } from './src/site.ts';

const { papers } = loadCatalog('./content/papers');
const lastmod = lastModified({
	papers,
	chapters: readChapterDates('./content/chapters'),
	editionDate: site.editionDate,
});

// The address comes from ATLAS_SITE and ATLAS_BASE (read in src/site.ts; defaults in the README).
export default defineConfig({
	site: site.origin,
	base: site.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [
		mdx(),
		clientScripts(),
		sitemap({
			exclude: (pathname) => pathname === '/404/' || pathname in redirects,
			url: permanentUrl,
			lastmod,
		}),
		// Last: hashes the final inline scripts of every page.
		csp(),
	],
	// Site paths in src/redirects.ts; the targets are links, so they take the base path.
	redirects: Object.fromEntries(Object.entries(redirects).map(([from, to]) => [from, toHref(to)])),
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
				// MathML only: browsers render it natively, so no KaTeX CSS or fonts are downloaded.
				[rehypeKatex, { strict: 'error', throwOnError: true, output: 'mathml' }],
				rehypeMathVariant,
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
				rehypeSectionCitations,
				[rehypeBaseLinks, { base: site.base }],
				[rehypeHeadingAliases, { aliases: headingAliases }],
			],
		}),
	},
});
