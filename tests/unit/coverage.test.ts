import { expect, test } from 'vitest';
import { catalogCoverage } from '../../src/lib/catalog/coverage.ts';
import { brep, catalog, dlg, gmi, unclassified } from '../fixtures/papers.ts';

test('coverage counts every entry once per year and kind, computed from the entries', () => {
	const coverage = catalogCoverage(catalog);
	expect(coverage.total).toBe(catalog.length);
	expect(coverage.byYear.kinds.map((kind) => kind.key)).toEqual(['attack', 'defense', 'survey']);
	const rows = Object.fromEntries(coverage.byYear.rows.map((row) => [row.year, row.counts]));
	// 2019: GMI and DLG (attacks); 2020: MID (defense); 2021: Soteria; 2022: BREP-MI; 2025: the survey.
	expect(rows).toEqual({
		2017: [1, 0, 0],
		2019: [2, 0, 0],
		2020: [0, 1, 0],
		2021: [0, 1, 0],
		2022: [1, 0, 0],
		2025: [0, 0, 1],
	});
	expect(coverage.byYear.rows.reduce((sum, row) => sum + row.total, 0)).toBe(catalog.length);
	expect(coverage.recent).toBe(1);
	expect(catalogCoverage(catalog, 2022).recent).toBe(2);
});

test('attack coverage counts families, settings and every access level an attack covers', () => {
	const coverage = catalogCoverage(catalog);
	const counts = (rows: { key: string; count: number }[]) =>
		Object.fromEntries(rows.map((row) => [row.key, row.count]));
	expect(counts(coverage.byFamily)).toEqual({ 'gradient-inversion': 1, generative: 2 });
	expect(counts(coverage.byAccess)).toEqual({
		'white-box': 1,
		'black-box': 1,
		'label-only': 2,
		gradients: 1,
	});
	expect(counts(coverage.bySetting)).toEqual({
		classifier: 1,
		'face-recognition': 1,
		'federated-learning': 1,
		'tabular-model': 1,
	});
	// The unclassified attack has neither family nor modality; BREP-MI and DLG have no modality.
	expect(coverage.unclassified).toEqual({ family: 1, modality: 3 });
	expect(counts(coverage.byModality)).toEqual({ image: 1 });
	expect(catalogCoverage([gmi, brep, dlg, unclassified]).byKind).toEqual([
		{ key: 'attack', label: 'Attack', count: 4 },
	]);
});
