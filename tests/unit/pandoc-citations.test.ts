import { describe, expect, test } from 'vitest';
import {
	citationLabel,
	compareForReferences,
	findCitations,
} from '../../src/lib/citation/pandoc-citations.ts';

describe('findCitations', () => {
	test.each([
		['one key', 'as shown [@zhang2020-gmi].', [{ key: 'zhang2020-gmi', prefix: '', suffix: '' }]],
		[
			'two keys',
			'[@zhu2019-dlg; @zhao2020-idlg]',
			[
				{ key: 'zhu2019-dlg', prefix: '', suffix: '' },
				{ key: 'zhao2020-idlg', prefix: '', suffix: '' },
			],
		],
		[
			'prefix and locator',
			'[see @struppek2022-ppa, Table 2]',
			[{ key: 'struppek2022-ppa', prefix: 'see', suffix: ', Table 2' }],
		],
	])('%s', (_name, text, items) => {
		const [match] = findCitations(text);
		expect(match?.items).toEqual(items);
		expect(text.slice(match?.start, match?.end)).toMatch(/^\[.*\]$/);
	});

	test.each([
		['plain brackets', 'an array [1, 2]'],
		['e-mail address', 'write to [team@example.org]'],
		['one part without a key', '[@zhang2020-gmi; and more]'],
		['no brackets', 'contact @zhang2020-gmi'],
	])('ignores %s', (_name, text) => {
		expect(findCitations(text)).toEqual([]);
	});

	test('finds several citations with their offsets', () => {
		const text = 'A [@a1] and B [@b2].';
		expect(findCitations(text).map((m) => text.slice(m.start, m.end))).toEqual(['[@a1]', '[@b2]']);
	});
});

describe('citationLabel', () => {
	test.each([
		[['Sayanton V. Dibbo'], 2023, undefined, 'Dibbo, 2023'],
		[['Matt Fredrikson', 'Somesh Jha'], 2015, undefined, 'Fredrikson and Jha, 2015'],
		[['Yuheng Zhang', 'Ruoxi Jia', 'Hengzhi Pei'], 2019, 2020, 'Zhang et al., 2020'],
		[
			['Ludwig van Beethoven', 'Ruoxi Jia', 'Hengzhi Pei'],
			1808,
			undefined,
			'van Beethoven et al., 1808',
		],
	])('%j (%i, venue %s) -> %s', (authors, year, venueYear, label) => {
		expect(citationLabel({ id: 'x', authors, year, venue: { year: venueYear } })).toBe(label);
	});
});

test('reference lists sort by surname, then year, then title', () => {
	const papers = [
		{ id: 'c', title: 'B', authors: ['Ann Zhu'], year: 2019 },
		{ id: 'b', title: 'Z', authors: ['Bo Abadi'], year: 2016 },
		{ id: 'a', title: 'A', authors: ['Cy Zhu'], year: 2019 },
		{ id: 'd', title: 'A', authors: ['Di Zhu'], year: 2018 },
	];
	expect(papers.toSorted(compareForReferences).map((p) => p.id)).toEqual(['b', 'd', 'a', 'c']);
});
