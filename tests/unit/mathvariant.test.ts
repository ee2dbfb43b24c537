import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { rehypeMathVariant, toMathVariant } from '../../src/lib/markdown/rehype-mathvariant.ts';

test.each([
	['X', 'script', '𝒳'],
	['L', 'script', 'ℒ'],
	['R', 'double-struck', 'ℝ'],
	['N1', 'double-struck', 'ℕ𝟙'],
	['x', 'bold', '𝐱'],
	['h', 'italic', 'ℎ'],
	['H', 'fraktur', 'ℌ'],
	['θ', 'script', 'θ'],
	['X', 'normal', 'X'],
])('toMathVariant(%j, %s) = %j', (text, variant, expected) => {
	expect(toMathVariant(text, variant)).toBe(expected);
});

test.each([
	['AZ', 'bold', [0x1d400, 0x1d419]],
	['az', 'bold', [0x1d41a, 0x1d433]],
	['09', 'bold', [0x1d7ce, 0x1d7d7]],
	['09', 'double-struck', [0x1d7d8, 0x1d7e1]],
	['Ca', 'fraktur', [0x212d, 0x1d51e]],
])('toMathVariant(%j, %s) maps the ends of each range', (text, variant, codes) => {
	expect(toMathVariant(text, variant)).toBe(String.fromCodePoint(...codes));
});

test('characters next to the letter and digit ranges, and digits of a style without any, stay', () => {
	expect(toMathVariant('@[`{/:', 'bold')).toBe('@[`{/:');
	expect(toMathVariant('1', 'script')).toBe('1');
});

describe('rehypeMathVariant', () => {
	const run = (html: string) =>
		String(
			unified()
				.use(rehypeParse, { fragment: true })
				.use(rehypeMathVariant)
				.use(rehypeStringify)
				.processSync(html),
		);

	test('styled identifiers, numbers and text become styled characters drawn upright', () => {
		expect(
			run(
				'<math><mi mathvariant="script">X</mi><mn mathvariant="double-struck">1</mn><mtext mathvariant="bold">ab</mtext></math>',
			),
		).toBe(
			'<math><mi mathvariant="normal">𝒳</mi><mn mathvariant="normal">𝟙</mn><mtext mathvariant="normal">𝐚𝐛</mtext></math>',
		);
	});

	test.each([
		'<math><mo mathvariant="bold">+</mo></math>',
		'<math><mi mathvariant="normal">X</mi></math>',
		'<math><mi mathvariant="unknown">X</mi></math>',
		'<math><mi>X</mi></math>',
		'<p class="bold">X</p>',
	])('%s is left as it is', (html) => {
		expect(run(html)).toBe(html);
	});
});
