import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const customId = /\s*\{#([a-z][a-z0-9-]*)\}\s*$/;

/**
 * Gives a heading an explicit id written as `## Title {#id}` (in MDX: `## Title \{#id}`),
 * so that citing URLs survive a reworded title. Headings without one keep the slug
 * that Astro's rehypeHeadingIds derives from their text.
 */
export function remarkHeadingIds() {
	return (tree: Root) => {
		visit(tree, 'heading', (heading: Heading) => {
			const last = heading.children[heading.children.length - 1];
			if (last?.type !== 'text') return;
			const match = customId.exec(last.value);
			if (!match) return;
			last.value = last.value.slice(0, match.index);
			heading.data = {
				...heading.data,
				hProperties: { ...heading.data?.hProperties, id: match[1] },
			};
		});
	};
}
