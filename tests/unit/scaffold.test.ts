import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
	checkNewPaper,
	renderPaper,
	suggestId,
	type NewPaper,
} from '../../scripts/lib/scaffold.ts';
import { paperSchema } from '../../src/schemas/paper.ts';

const paper: NewPaper = {
	title: 'Label-Only Model Inversion: A "Test" Entry',
	authors: ['Florian Tramèr', 'Ada Lovelace'],
	year: 2024,
	kind: 'attack',
	arxiv: '2401.99999',
	added: '2026-11-29',
	summary: 'A scaffolded entry used by the tests.',
	setting: 'classifier',
	access: ['label-only'],
};
const empty = { ids: new Set<string>(), arxivIds: new Map<string, string>() };

describe('suggestId', () => {
	test.each([
		['Yuheng Zhang', 2020, 'The Secret Revealer', 'GMI', 'zhang2020-gmi'],
		['Florian Tramèr', 2021, 'The Secret Revealer: Generative', undefined, 'tramer2021-secret'],
		['Ludwig van Beethoven', 2019, 'On Deep Leakage', undefined, 'vanbeethoven2019-deep'],
		['Kari Ødegård', 2024, 'Inversion Attacks', undefined, 'odegard2024-inversion'],
		['Ada Lovelace', 2022, 'A', 'PLG-MI', 'lovelace2022-plgmi'],
	])('%s, %i, %s, %s -> %s', (author, year, title, short, expected) => {
		expect(suggestId(author, year, title, short)).toBe(expected);
	});
});

describe('checkNewPaper', () => {
	test('accepts a complete entry', () => {
		expect(checkNewPaper('tramer2024-test', paper, empty)).toEqual([]);
	});

	test('refuses an id that already exists', () => {
		expect(
			checkNewPaper('tramer2024-test', paper, { ...empty, ids: new Set(['tramer2024-test']) }),
		).toEqual([
			'id: content/papers/tramer2024-test.yaml already exists (choose another short name with --short)',
		]);
	});

	test('refuses an arXiv id that is already in the catalog', () => {
		const arxivIds = new Map([['2401.99999', 'other2024-paper']]);
		expect(checkNewPaper('tramer2024-test', paper, { ...empty, arxivIds })).toEqual([
			'arxiv: 2401.99999 is already in the catalog as other2024-paper (edit that entry instead)',
		]);
	});

	test('reports missing fields in the same words as validate', () => {
		const rest: NewPaper = { ...paper };
		delete rest['summary'];
		expect(checkNewPaper('tramer2024-test', rest, empty)).toEqual([
			'summary: is required (add it: text; see src/schemas/paper.ts)',
		]);
	});
});

test('renderPaper writes YAML that parses back to a valid entry, with an editor schema hint', () => {
	const text = renderPaper(paper);
	expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../paper.schema.json');
	expect(text).toContain('access: [label-only]');
	const data = parse(text) as unknown;
	expect(paperSchema.safeParse(data).success).toBe(true);
	expect((data as { title: string }).title).toBe(paper.title);
});
