import type { Element, ElementContent, Properties } from 'hast';

/** Visible text of a hast node: skips `aria-hidden` subtrees and KaTeX's TeX annotation. */
function visibleText(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	if (node.tagName === 'annotation' || node.properties['ariaHidden'] === 'true') return '';
	return node.children.map(visibleText).join('');
}

/**
 * Properties of the `#` link that rehype-autolink-headings appends to a heading. The link has
 * no text of its own (Astro collects heading text after the plugin runs, so text would leak
 * into the table of contents), so `aria-label` gives it an accessible name naming the section.
 */
export function headingAnchorProperties(heading: Element): Properties {
	const text = heading.children.map(visibleText).join('').replace(/\s+/g, ' ').trim();
	return { className: ['anchor'], ariaLabel: `Link to section: ${text}` };
}
