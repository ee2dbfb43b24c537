import { expect, test } from 'vitest';
import { resultCount } from '../../src/client/search.ts';
import { methodNames } from '../../src/lib/catalog/search-filters.ts';

test('the result count never reports a cap as the total', () => {
	expect(resultCount(0, 0, 'gmi')).toBe('No results for “gmi”.');
	expect(resultCount(1, 1, 'gmi')).toBe('1 result for “gmi”');
	expect(resultCount(12, 12, '')).toBe('12 results for these filters');
	expect(resultCount(30, 82, 'gradient')).toBe('Showing 30 of 82 results for “gradient”');
});

test('method names are matched lowercase, one per name', () => {
	expect(methodNames({ short: 'KED-MI' })).toEqual(['ked-mi']);
	expect(methodNames({ short: 'CSMIA/LOMIA' })).toEqual(['csmia', 'lomia']);
	expect(methodNames({})).toEqual([]);
});
