import { relative } from 'node:path';
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
	citationLabel,
	citationYears,
	findCitations,
	type CitablePaper,
} from '../citation/pandoc-citations.ts';
import { toHref } from '../../site.ts';
import { paperUrl } from '../site/urls.ts';

export interface RemarkCitationsOptions {
	/** Every citable paper by id. */
	papers: ReadonlyMap<string, CitablePaper & { title: string }>;
}

/**
 * Turns `[@key]` citations into author-year links to paper pages and records the cited ids,
 * in order of first citation, as `citations` in the chapter's frontmatter (for its reference list).
 * An unknown key throws, naming the file and line, so the build fails.
 */
export function remarkCitations({ papers }: RemarkCitationsOptions) {
	const years = citationYears(papers.values());
	return (tree: Root, file: VFile) => {
		const cited: string[] = [];
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined) return;
			const matches = findCitations(node.value);
			if (matches.length === 0) return;
			const replacement: PhrasingContent[] = [];
			let cursor = 0;
			for (const match of matches) {
				replacement.push({ type: 'text', value: node.value.slice(cursor, match.start) + '(' });
				match.items.forEach((item, i) => {
					const paper = papers.get(item.key);
					if (!paper) {
						const line =
							(node.position?.start.line ?? 0) + countNewlines(node.value.slice(0, match.start));
						throw new Error(
							`${relative(process.cwd(), file.path)}:${line}: unknown citation key "@${item.key}" ` +
								`(no content/papers/${item.key}.yaml; check the spelling or add the paper)`,
						);
					}
					if (!cited.includes(item.key)) cited.push(item.key);
					if (i > 0) replacement.push({ type: 'text', value: '; ' });
					if (item.prefix) replacement.push({ type: 'text', value: `${item.prefix} ` });
					const link: Link = {
						type: 'link',
						url: toHref(paperUrl(item.key)),
						children: [{ type: 'text', value: citationLabel(paper, years) }],
						data: { hProperties: { className: ['cite'] } },
					};
					replacement.push(link);
					if (item.suffix)
						replacement.push({
							type: 'text',
							value: item.suffix.startsWith(',') ? item.suffix : ` ${item.suffix}`,
						});
				});
				replacement.push({ type: 'text', value: ')' });
				cursor = match.end;
			}
			replacement.push({ type: 'text', value: node.value.slice(cursor) });
			parent.children.splice(
				index,
				1,
				...replacement.filter((n) => n.type !== 'text' || n.value !== ''),
			);
			return [SKIP, index + replacement.length];
		});
		const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		data.frontmatter = { ...data.frontmatter, citations: cited };
	};
}

function countNewlines(text: string): number {
	return text.split('\n').length - 1;
}
