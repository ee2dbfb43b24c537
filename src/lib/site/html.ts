/**
 * Built HTML read as a browser reads it, through parse5: attribute order, quoting, case, a `>`
 * inside an attribute value and comments cannot fool it as they fool a regular expression.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlElement = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** A whole document, with source offsets so that callers can edit the text around a tag. */
export const parseHtml = (html: string): DefaultTreeAdapterMap['document'] =>
	// Scripting off: the contents of <noscript> are markup (links, ids), as a crawler sees them.
	parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });

/** Every element under `node` in document order, the contents of <template> included. */
export function* elementsOf(node: ParentNode): Generator<HtmlElement> {
	const children = 'content' in node && node.nodeName === 'template' ? node.content.childNodes : [];
	for (const child of [...node.childNodes, ...children]) {
		if (!('tagName' in child)) continue;
		yield child;
		yield* elementsOf(child);
	}
}

/** Every element of a document in document order. */
export const htmlElements = (html: string): Generator<HtmlElement> => elementsOf(parseHtml(html));

/** An attribute's decoded value; names are matched in lowercase, as HTML does. */
export const attribute = (element: HtmlElement, name: string): string | undefined =>
	element.attrs.find((attr) => !attr.prefix && attr.name === name)?.value;

/** The raw text of an element (a script's source), as the browser hands it to the engine. */
export const textOf = (element: HtmlElement): string =>
	element.childNodes
		.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
		.join('');
