import { expect, test } from 'vitest';
import {
	formatAuthors,
	formatVenue,
	paperLinks,
	sortPapersForCatalog,
} from '../../src/lib/catalog/papers.ts';

test.each([
	[['A B'], 'A B'],
	[['A B', 'C D'], 'A B and C D'],
	[['A B', 'C D', 'E F'], 'A B, C D and E F'],
])('formatAuthors %j', (authors, expected) => {
	expect(formatAuthors(authors)).toBe(expected);
});

test('formatVenue prefers the short name and the venue year', () => {
	expect(
		formatVenue({
			year: 2019,
			venue: {
				name: 'Computer Vision and Pattern Recognition',
				short: 'CVPR',
				kind: 'conference',
				year: 2020,
			},
		}),
	).toBe('CVPR 2020');
	expect(formatVenue({ year: 2021, venue: { name: 'Some Journal', kind: 'journal' } })).toBe(
		'Some Journal 2021',
	);
	expect(formatVenue({ year: 2020 })).toBe('2020');
});

test('paperLinks lists DOI, arXiv, publisher page and code in that order', () => {
	expect(
		paperLinks({ arxiv: '1911.07135', doi: '10.1/x', code: 'https://github.com/a/b' }).map(
			(l) => l.href,
		),
	).toEqual([
		'https://doi.org/10.1/x',
		'https://arxiv.org/abs/1911.07135',
		'https://github.com/a/b',
	]);
});

test('the catalog lists newest first, then by surname', () => {
	const papers = [
		{ title: 'x', year: 2019, authors: ['Li Zhu'] },
		{ title: 'y', year: 2022, authors: ['Bo Zhang'] },
		{ title: 'z', year: 2019, authors: ['Ann Abadi'] },
	];
	expect(sortPapersForCatalog(papers).map((p) => p.title)).toEqual(['y', 'z', 'x']);
});
