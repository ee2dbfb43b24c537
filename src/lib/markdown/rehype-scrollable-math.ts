import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes display math focusable (`tabindex="0"`). A long equation scrolls sideways inside its
 * block (see public/math.css); keyboard users can only scroll a box they can focus. Runs after
 * rehype-katex, whose MathML output wraps each formula in `<span class="katex">`.
 */
export function rehypeScrollableMath() {
	return (tree: Root) => {
		visit(tree, 'element', (element) => {
			const classes = element.properties['className'];
			const isDisplay = element.children.some(
				(child) =>
					child.type === 'element' &&
					child.tagName === 'math' &&
					child.properties['display'] === 'block',
			);
			if (Array.isArray(classes) && classes.includes('katex') && isDisplay)
				element.properties['tabIndex'] = 0;
		});
	};
}
