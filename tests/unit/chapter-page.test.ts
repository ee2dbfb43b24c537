import { describe, expect, test } from 'vitest';
import {
	chapterInfo,
	chapterPaths,
	chapterReferences,
	componentsByName,
} from '../../src/lib/chapters/chapter-page.ts';
import { brep, catalog, dlg, gmi, mid, soteria } from '../fixtures/papers.ts';

const chapter = (id: string, order: number, draft = false) => ({
	id,
	data: { title: `Title of ${id}`, order, draft },
});

describe('chapter routes', () => {
	const all = [chapter('defenses', 3), chapter('intro', 1), chapter('wip', 2, true)];

	test('one route per published chapter, in order, each with the ordered list', () => {
		const paths = chapterPaths(all, false);
		expect(paths.map((path) => path.params.slug)).toEqual(['intro', 'defenses']);
		for (const path of paths) {
			expect(path.props.chapter.id).toBe(path.params.slug);
			expect(path.props.chapters.map((c) => c.id)).toEqual(['intro', 'defenses']);
		}
	});

	test('drafts get a route in dev', () => {
		expect(chapterPaths(all, true).map((path) => path.params.slug)).toEqual([
			'intro',
			'wip',
			'defenses',
		]);
	});

	test('two chapters with the same order fail the build', () => {
		expect(() => chapterPaths([...all, chapter('attacks', 3)], false)).toThrow(
			/order: 3 is already used/,
		);
	});
});

test('glob results become components named after their file', () => {
	const table = () => 'table';
	const chart = () => 'chart';
	expect(
		componentsByName({
			'../../components/mdx/AttackTable.astro': { default: table },
			'../../components/mdx/YearChart.astro': { default: chart },
		}),
	).toEqual({ AttackTable: table, YearChart: chart });
});

describe('the reference list', () => {
	test('holds only cited papers, by first author surname, then year, then title', () => {
		const references = chapterReferences(catalog, [dlg.id, gmi.id, mid.id, brep.id]);
		// Kahla, Wang, Zhang, Zhu; papers not cited (soteria, ...) are left out.
		expect(references.map((paper) => paper.id)).toEqual([brep.id, mid.id, gmi.id, dlg.id]);
	});

	test('a paper cited twice appears once, and ids outside the catalog are ignored', () => {
		const references = chapterReferences(catalog, [soteria.id, 'nobody2030-x', soteria.id]);
		expect(references).toEqual([soteria]);
	});

	test('the same surname is ordered by year, then by title', () => {
		const older = { ...gmi, id: 'zhang2019-a', title: 'B', year: 2019, venue: undefined };
		const newerB = { ...gmi, id: 'zhang2021-b', title: 'B', year: 2021, venue: undefined };
		const newerA = { ...gmi, id: 'zhang2021-a', title: 'A', year: 2021, venue: undefined };
		const ids = [newerB, older, newerA].map((paper) => paper.id);
		expect(chapterReferences([newerB, older, newerA], ids).map((paper) => paper.id)).toEqual([
			'zhang2019-a',
			'zhang2021-a',
			'zhang2021-b',
		]);
	});

	test('nothing cited, no references', () => {
		expect(chapterReferences(catalog, [])).toEqual([]);
	});
});

describe('chapter metadata', () => {
	const data = {
		title: 'Attacks',
		description: 'How attacks work.',
		published: new Date('2026-05-01T00:00:00Z'),
	};

	test('frontmatter dates become days', () => {
		expect(
			chapterInfo(
				{ ...data, updated: new Date('2026-11-30T00:00:00Z') },
				'https://x.org/chapters/a/',
			),
		).toEqual({
			title: 'Attacks',
			description: 'How attacks work.',
			published: '2026-05-01',
			updated: '2026-11-30',
			url: 'https://x.org/chapters/a/',
		});
	});

	test('a chapter never updated has no update date', () => {
		expect(chapterInfo(data, 'https://x.org/chapters/a/').updated).toBeUndefined();
	});
});
