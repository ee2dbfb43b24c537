/**
 * Chromium implements MathML Core, which ignores `mathvariant` values other than "normal", so
 * KaTeX's `<mi mathvariant="script">X</mi>` for \mathcal{X} would show as a plain X. This replaces
 * such letters with their Unicode mathematical alphanumeric characters (𝒳), which every browser
 * draws with the math font, so \mathcal{X} and X stay distinct.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** First code points of A, a and 0 in each style, and the letters Unicode placed elsewhere. */
const styles: Record<
	string,
	{ upper: number; lower: number; digit?: number; holes?: Record<string, number> }
> = {
	bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce },
	italic: { upper: 0x1d434, lower: 0x1d44e, holes: { h: 0x210e } },
	'bold-italic': { upper: 0x1d468, lower: 0x1d482 },
	script: {
		upper: 0x1d49c,
		lower: 0x1d4b6,
		holes: {
			B: 0x212c,
			E: 0x2130,
			F: 0x2131,
			H: 0x210b,
			I: 0x2110,
			L: 0x2112,
			M: 0x2133,
			R: 0x211b,
			e: 0x212f,
			g: 0x210a,
			o: 0x2134,
		},
	},
	'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
	fraktur: {
		upper: 0x1d504,
		lower: 0x1d51e,
		holes: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 },
	},
	'double-struck': {
		upper: 0x1d538,
		lower: 0x1d552,
		digit: 0x1d7d8,
		holes: { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
	},
	'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
	monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

/** The text in a given math style; characters without a styled form are left as they are. */
export function toMathVariant(text: string, variant: string): string {
	const style = styles[variant];
	if (!style) return text;
	return [...text]
		.map((char) => {
			const hole = style.holes?.[char];
			if (hole) return String.fromCodePoint(hole);
			const code = char.charCodeAt(0);
			if (char >= 'A' && char <= 'Z') return String.fromCodePoint(style.upper + code - 65);
			if (char >= 'a' && char <= 'z') return String.fromCodePoint(style.lower + code - 97);
			if (char >= '0' && char <= '9' && style.digit)
				return String.fromCodePoint(style.digit + code - 48);
			return char;
		})
		.join('');
}

export function rehypeMathVariant() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const variant = node.properties['mathVariant'] ?? node.properties['mathvariant'];
			if (typeof variant !== 'string' || !(variant in styles)) return;
			if (!['mi', 'mn', 'mtext'].includes(node.tagName)) return;
			for (const child of node.children)
				if (child.type === 'text') child.value = toMathVariant(child.value, variant);
			delete node.properties['mathVariant'];
			delete node.properties['mathvariant'];
			// A single styled letter would otherwise be italicised again by the browser.
			node.properties['mathvariant'] = 'normal';
		});
	};
}
