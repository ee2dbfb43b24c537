import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes display math focusable (`tabindex="0"`). A long equation scrolls sideways inside its
 * block (see global.css); keyboard users can only scroll a box they can focus. Runs after
 * rehype-katex, which creates the `.katex-display` blocks.
 */
export function rehypeScrollableMath() {
	return (tree: Root) => {
		visit(tree, 'element', (element) => {
			const classes = element.properties['className'];
			if (Array.isArray(classes) && classes.includes('katex-display'))
				element.properties['tabIndex'] = 0;
		});
	};
}
