/**
 * Keeps old heading ids working after a heading's id changed: for each alias recorded in
 * src/redirects.ts, an empty anchor with the old id is placed just before the new heading.
 */
import type { Root } from 'hast';
import { basename } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chapterUrl } from '../site/urls.ts';

export function rehypeHeadingAliases(options: {
	aliases: Readonly<Record<string, Readonly<Record<string, string>>>>;
}) {
	return (tree: Root, file: VFile) => {
		if (!file.path.includes('/content/chapters/')) return;
		const aliases = options.aliases[chapterUrl(basename(file.path).replace(/\.mdx?$/, ''))];
		if (!aliases) return;
		const oldIdsOf = new Map<string, string[]>();
		for (const [from, to] of Object.entries(aliases))
			oldIdsOf.set(to, [...(oldIdsOf.get(to) ?? []), from]);
		visit(tree, 'element', (node, index, parent) => {
			const id = node.properties['id'];
			if (
				!parent ||
				index === undefined ||
				typeof id !== 'string' ||
				!/^h[1-6]$/.test(node.tagName)
			)
				return;
			const old = oldIdsOf.get(id) ?? [];
			parent.children.splice(
				index,
				0,
				...old.map((from) => ({
					type: 'element' as const,
					tagName: 'span',
					properties: { id: from, className: ['heading-alias'] },
					children: [],
				})),
			);
			return [SKIP, index + old.length + 1];
		});
	};
}
