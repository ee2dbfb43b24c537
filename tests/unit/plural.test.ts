import { expect, test } from 'vitest';
import { countOf } from '../../src/lib/site/plural.ts';

test.each([
	[0, 'paper', {}, '0 papers'],
	[1, 'paper', {}, '1 paper'],
	[2, 'paper', {}, '2 papers'],
	[1, 'analysis', { plural: 'analyses' }, '1 analysis'],
	[3, 'analysis', { plural: 'analyses' }, '3 analyses'],
	[1, 'setting', { one: 'one' }, 'one setting'],
	[12, 'setting', { one: 'one' }, '12 settings'],
])('%i %s %o reads "%s"', (count, noun, options, expected) => {
	expect(countOf(count, noun, options)).toBe(expected);
});
