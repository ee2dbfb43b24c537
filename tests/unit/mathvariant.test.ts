import { expect, test } from 'vitest';
import { toMathVariant } from '../../src/lib/markdown/rehype-mathvariant.ts';

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
