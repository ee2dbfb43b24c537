import { describe, expect, test } from 'vitest';
import { bibtexName } from '../../src/lib/citation/bibtex.ts';
import { highwirePerson } from '../../src/lib/citation/page-metadata.ts';
import { citationLabel, compareForReferences } from '../../src/lib/citation/pandoc-citations.ts';
import { compareFirstAuthors, splitName, surname } from '../../src/lib/citation/names.ts';

// One parser of printed names: the family name BibTeX writes is the one labels print and lists sort by.
describe('a surname with a particle is read the same way everywhere', () => {
	test.each([
		['Ludwig van Beethoven', 'van Beethoven'],
		['Laurens van der Maaten', 'van der Maaten'],
		['Ruby B. Lee', 'Lee'],
		['  Viet-Hung Tran ', 'Tran'],
		['Abadi', 'Abadi'],
	])('%j -> %j', (name, family) => {
		expect(surname(name)).toBe(family);
		expect(splitName(name).family).toBe(family);
	});

	test('BibTeX, Highwire tags and citation labels agree', () => {
		const name = 'Ludwig van Beethoven';
		expect(bibtexName(name)).toBe('van Beethoven, Ludwig');
		expect(highwirePerson(name)).toBe('van Beethoven, Ludwig');
		const paper = { id: 'x', authors: [name, 'A B', 'C D'], year: 1808 };
		expect(citationLabel(paper)).toBe('van Beethoven et al., 1808');
		expect(citationLabel({ ...paper, authors: [name, 'Franz Liszt'] })).toBe(
			'van Beethoven and Liszt, 1808',
		);
	});

	test('reference lists sort by the whole family name', () => {
		const papers = [
			{ id: 'b', title: 'T', authors: ['Ludwig van Beethoven'], year: 2000 },
			{ id: 'a', title: 'T', authors: ['Ann Beethoven'], year: 2000 },
			{ id: 'c', title: 'T', authors: ['Cy Uhl'], year: 2000 },
		];
		expect(papers.toSorted(compareForReferences).map((p) => p.id)).toEqual(['a', 'c', 'b']);
		expect(papers.toSorted(compareFirstAuthors).map((p) => p.id)).toEqual(['a', 'c', 'b']);
	});
});
