/**
 * Chapters link to other pages by site path (`[attacks](/chapters/attacks/)`), as their authors
 * read them. This puts those paths under the configured base path (`/atlas/chapters/attacks/`), so
 * Markdown links keep working when the site is served from a subfolder. Fragment-only, relative
 * and external links are left alone, and so are paths already under the base.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface BaseLinkOptions {
	/** Base path with leading and trailing slash, e.g. `/atlas/`. */
	base: string;
}

const linkAttributes = ['href', 'src'] as const;

export function rehypeBaseLinks({ base }: BaseLinkOptions) {
	const prefix = base.replace(/\/$/, '');
	return (tree: Root) => {
		if (prefix === '') return;
		visit(tree, 'element', (node) => {
			for (const attribute of linkAttributes) {
				const value = node.properties[attribute];
				if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
				if (value === prefix || value.startsWith(`${prefix}/`)) continue;
				node.properties[attribute] = `${prefix}${value}`;
			}
		});
	};
}
