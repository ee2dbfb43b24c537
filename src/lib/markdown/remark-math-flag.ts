import type { Root } from 'mdast';
import { visit, EXIT } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Sets `hasMath: true` in the frontmatter of documents that contain `$...$` or `$$...$$`,
 * so that only those pages load the math stylesheet (public/math.css). Runs after remark-math.
 */
export function remarkMathFlag() {
	return (tree: Root, file: VFile) => {
		let hasMath = false;
		visit(tree, (node) => {
			if (node.type === 'math' || node.type === 'inlineMath') {
				hasMath = true;
				return EXIT;
			}
			return undefined;
		});
		const data = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
		data.frontmatter = { ...data.frontmatter, hasMath };
	};
}
