/**
 * Beside every h2 and h3 of a chapter, a collapsed "Cite" control (a <details>, no JavaScript)
 * that opens below the heading with the section's permanent link, its BibTeX and a formatted
 * reference. Heading and control are wrapped in one `div.section-head` row.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { basename } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { permanentUrl } from '../../site.ts';
import { sectionBibtex, sectionCitation, sectionReference } from '../citation/survey-citations.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (
	tagName: string,
	properties: Element['properties'],
	children: ElementContent[],
): Element => ({ type: 'element', tagName, properties, children });

export function rehypeSectionCitations() {
	return (tree: Root, file: VFile) => {
		// Only chapters are cited by section; other Markdown passes through untouched.
		if (!file.path.includes('/content/chapters/')) return;
		const slug = basename(file.path).replace(/\.mdx?$/, '');
		const frontmatter = (file.data.astro as { frontmatter?: { title?: string } } | undefined)
			?.frontmatter;
		const chapterTitle = frontmatter?.title ?? slug;
		visit(tree, 'element', (node, index, parent) => {
			if (!parent || index === undefined || !['h2', 'h3'].includes(node.tagName)) return;
			const id = node.properties['id'];
			// GFM's footnote list heading is not a section anyone cites.
			if (typeof id !== 'string' || id === 'footnote-label') return;
			const sectionTitle = toString(node).trim();
			const section = sectionCitation(
				{ id: slug, title: chapterTitle },
				{ id, title: sectionTitle },
				permanentUrl,
			);
			const { url } = section;
			const block = element('details', { className: ['cite-section'], dataPagefindIgnore: 'all' }, [
				element('summary', {}, [
					text('Cite'),
					element('span', { className: ['visually-hidden'] }, [text(' this section')]),
				]),
				element('p', {}, [text('Permanent link: '), element('a', { href: url }, [text(url)])]),
				element('pre', {}, [element('code', {}, [text(sectionBibtex(section))])]),
				element('p', {}, [text(sectionReference(section))]),
			]);
			// Heading and control share one row, so the control does not push the text down.
			const head = element('div', { className: ['section-head', `section-head-${node.tagName}`] }, [
				node,
				block,
			]);
			parent.children.splice(index, 1, head);
			return [SKIP, index + 1];
		});
	};
}
