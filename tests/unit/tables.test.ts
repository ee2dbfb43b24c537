import { describe, expect, test } from 'vitest';
import type { Paper } from '../../src/schemas/paper.ts';
import { catalogRowFacets } from '../../src/lib/catalog/search-filters.ts';
import { seriesColors, stackedBars, tickStep } from '../../src/lib/figures/chart.ts';
import { attackFamilies, paperKinds } from '../../src/lib/catalog/vocabulary.ts';
import { citationLabel, citationYears } from '../../src/lib/citation/pandoc-citations.ts';
import {
	attacksPerYearByFamily,
	catalogRows,
	compareAttacks,
	compareDefenses,
	defenseMatrix,
	paperNamer,
	papersPerYearByKind,
} from '../../src/lib/figures/tables.ts';
import {
	brep,
	catalog,
	dlg,
	ggl,
	gmi,
	mid,
	relationCatalog,
	soteria,
	unclassified,
} from '../fixtures/papers.ts';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('compareAttacks', () => {
	test('groups attacks by family in registry order, unclassified ones under Other', () => {
		const groups = compareAttacks(catalog);
		expect(groups.map((group) => group.key)).toEqual(['gradient-inversion', 'generative', 'other']);
		expect(ids(groups[1]?.rows ?? [])).toEqual([gmi.id, brep.id]);
		expect(ids(groups[2]?.rows ?? [])).toEqual([unclassified.id]);
	});

	test('prints vocabulary labels, not keys', () => {
		const row = compareAttacks(catalog, { family: 'generative' })[0]?.rows[0];
		expect(row).toMatchObject({
			label: 'Zhang et al., 2020',
			setting: { key: 'classifier', label: 'Classifier' },
			access: [{ key: 'white-box', label: 'White-box' }],
			prior: { key: 'gan', label: 'GAN' },
		});
	});

	test.each([
		[{ access: 'label-only' as const }, [brep.id, unclassified.id]],
		[{ family: 'gradient-inversion' as const }, [dlg.id]],
		[{ setting: 'classifier' as const }, [gmi.id]],
		[{ modality: 'image' as const, access: 'white-box' as const }, [gmi.id]],
		[{ access: 'intermediate-features' as const }, []],
	])('filter %o keeps only matching attacks', (filter, expected) => {
		const rows = compareAttacks(catalog, filter).flatMap((group) => group.rows);
		expect(ids(rows).toSorted()).toEqual(expected.toSorted());
	});
});

describe('compareDefenses', () => {
	test('groups by category and resolves the attacks each was evaluated against', () => {
		const groups = compareDefenses(catalog);
		expect(groups.map((group) => group.key)).toEqual([
			'feature-perturbation',
			'training-regularisation',
		]);
		// Both first appeared in 2019; ties are broken by surname.
		expect(ids(groups[0]?.rows[0]?.evaluatedAgainst ?? [])).toEqual([gmi.id, dlg.id]);
		expect(groups[1]?.rows[0]?.stage?.label).toBe('Training time');
	});

	test('filters by category', () => {
		const groups = compareDefenses(catalog, { category: 'feature-perturbation' });
		expect(groups.flatMap((group) => ids(group.rows))).toEqual([soteria.id]);
	});
});

test('defenseMatrix marks which defense was evaluated against which attack, and by whom', () => {
	const matrix = defenseMatrix(catalog);
	expect(ids(matrix.attacks)).toEqual([gmi.id, dlg.id]);
	expect(ids(matrix.defenses)).toEqual([mid.id, soteria.id]);
	expect(matrix.evidence.map((row) => row.map(ids))).toEqual([
		[[mid.id], []],
		[[soteria.id], [soteria.id]],
	]);
	expect(matrix.omittedAttacks).toBe(0);
});

test('defenseMatrix takes evidence from the attack side too', () => {
	// GGL reports its own run against Soteria; neither defense paper tested GGL.
	const matrix = defenseMatrix(relationCatalog);
	expect(ids(matrix.attacks)).toEqual([gmi.id, dlg.id, ggl.id]);
	const soteriaRow = matrix.evidence[ids(matrix.defenses).indexOf(soteria.id)] ?? [];
	expect(soteriaRow.map(ids)).toEqual([[soteria.id], [soteria.id], [ggl.id]]);
	expect(ids(matrix.attacks.filter((attack) => attack.name === 'GGL'))).toEqual([ggl.id]);
});

test('defenseMatrix keeps only the attacks most defenses were evaluated against', () => {
	// GMI is used by both defenses, DLG by one: with room for one column, GMI stays.
	const matrix = defenseMatrix(catalog, 1);
	expect(ids(matrix.attacks)).toEqual([gmi.id]);
	expect(ids(matrix.defenses)).toEqual([mid.id, soteria.id]);
	expect(matrix.evidence.map((row) => row.map((cell) => cell.length > 0))).toEqual([
		[true],
		[true],
	]);
	expect(matrix.omittedAttacks).toBe(1);
});

test('attacksPerYearByFamily counts every year in the range, gaps included', () => {
	const { years, series } = attacksPerYearByFamily(catalog);
	expect(years).toEqual([2017, 2018, 2019, 2020, 2021, 2022]);
	expect(series.map((entry) => [entry.key, entry.counts])).toEqual([
		['gradient-inversion', [0, 0, 1, 0, 0, 0]],
		['generative', [0, 0, 1, 0, 0, 1]],
		['other', [1, 0, 0, 0, 0, 0]],
	]);
	expect(attacksPerYearByFamily([mid])).toEqual({ years: [], series: [] });
});

test('papersPerYearByKind counts every entry by kind, in the order of the kinds', () => {
	const { years, series } = papersPerYearByKind(catalog);
	expect(years[0]).toBe(Math.min(...catalog.map((paper) => paper.year)));
	expect(series.map((entry) => entry.key)).toEqual(
		['attack', 'defense', 'survey', 'benchmark', 'analysis'].filter((kind) =>
			catalog.some((paper) => paper.kind === kind),
		),
	);
	const total = series.reduce((sum, entry) => sum + entry.counts.reduce((a, b) => a + b, 0), 0);
	expect(total).toBe(catalog.length);
});

test('catalogRows lists every paper, newest first, with family only for attacks', () => {
	const rows = catalogRows(catalog);
	expect(rows).toHaveLength(catalog.length);
	expect(rows[0]?.id).toBe('yang2025-survey');
	expect(rows.find((row) => row.id === mid.id)?.family).toBeUndefined();
	expect(rows.find((row) => row.id === brep.id)?.authors).toBe('Kahla et al.');
	// The text filter also searches every author, the venue's full name and the datasets.
	const gmiRow = rows.find((row) => row.id === gmi.id);
	expect(gmiRow?.search).toBe('Yuheng Zhang · Ruoxi Jia · Hengzhi Pei · CVPR · CelebA');
});

test.each([
	[
		'an attack',
		gmi,
		{
			kind: ['attack'],
			family: ['generative'],
			access: ['white-box'],
			modality: ['image'],
			setting: ['classifier'],
			prior: ['gan'],
			dataset: ['celeba'],
			category: [],
			venue: ['conference'],
			observes: [],
			knows: [],
			brings: [],
			trains: [],
		},
	],
	[
		'an attack with two recorded threat models',
		{
			...gmi,
			assumptions: [
				{
					observes: ['weights'],
					knows: { 'target-label': true, architecture: false },
					brings: ['out-of-distribution-public-data'],
				},
				{ observes: ['confidence-vector'], trains: ['surrogate'], knows: { 'target-label': true } },
			],
		} as Paper,
		expect.objectContaining({
			observes: ['weights', 'confidence-vector'],
			// Only what an attack needs: "works without the architecture" is not a value to filter on.
			knows: ['target-label'],
			brings: ['out-of-distribution-public-data'],
			trains: ['surrogate'],
		}),
	],
	[
		'a defense',
		mid,
		{
			kind: ['defense'],
			family: [],
			access: [],
			modality: [],
			setting: [],
			prior: [],
			dataset: [],
			category: ['training-regularisation'],
			venue: ['conference'],
			observes: [],
			knows: [],
			brings: [],
			trains: [],
		},
	],
	[
		'an attack without family or venue',
		unclassified,
		expect.objectContaining({ family: ['other'], venue: [] }),
	],
])('catalogRowFacets of %s gives the keys every facet filters on', (_, paper, expected) => {
	expect(catalogRowFacets(paper)).toEqual(expected);
});

describe('stackedBars', () => {
	const layout = stackedBars(
		{
			years: [2020, 2021],
			series: [
				{ key: 'a', label: 'A', description: '', counts: [2, 0] },
				{ key: 'b', label: 'B', description: '', counts: [1, 4] },
			],
		},
		400,
		200,
	);

	test('draws one rectangle per non-zero count, stacked bottom-up', () => {
		expect(layout.bars.map((bar) => [bar.year, bar.series, bar.count])).toEqual([
			[2020, 0, 2],
			[2020, 1, 1],
			[2021, 1, 4],
		]);
		const [first, second] = layout.bars;
		expect(first!.y + first!.height).toBeCloseTo(layout.plotBottom);
		expect(second!.y + second!.height).toBeCloseTo(first!.y);
	});

	test('bar heights are proportional to counts', () => {
		const [first, second, third] = layout.bars;
		expect(first!.height / second!.height).toBeCloseTo(2);
		expect(third!.height / second!.height).toBeCloseTo(4);
	});

	test('the axis covers the tallest stack with round ticks', () => {
		expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4]);
		expect(layout.xLabels.map((label) => label.text)).toEqual(['2020', '2021']);
	});

	test.each([
		[4, 1],
		[14, 5],
		[23, 5],
		[120, 50],
		[0, 1],
	])('tickStep(%i) = %i', (max, step) => {
		expect(tickStep(max)).toBe(step);
	});
});

test('citationYears adds a, b, ... only where author label and year collide', () => {
	const twin = { ...brep, id: 'kahla2022-other', title: 'Another Label-Only Attack' };
	const years = citationYears([gmi, brep, twin]);
	expect(years.get(gmi.id)).toBe('2020');
	expect(years.get(twin.id)).toBe('2022a');
	expect(years.get(brep.id)).toBe('2022b');
	expect(citationLabel(brep, years)).toBe('Kahla et al., 2022b');
});

test('every chart series gets its own colour, however many terms a vocabulary grows to', () => {
	for (const registry of [attackFamilies, paperKinds]) {
		const colors = seriesColors(Object.keys(registry).length + 3);
		expect(colors.every((color) => /^(#[0-9a-f]{6}|hsl\(\d+ 65% 45%\))$/.test(color))).toBe(true);
		expect(new Set(colors).size).toBe(colors.length);
	}
});

test('papers are named by method name, else by label, and unknown ids as they are', () => {
	const name = paperNamer(relationCatalog);
	expect(name(ggl.id)).toBe('GGL');
	expect(name(gmi.id)).toBe(citationLabel(gmi));
	expect(name('nobody2030-x')).toBe('nobody2030-x');
});

test('compareAttacks filters by a recorded assumption of any threat model, and all named must hold', () => {
	const withSets = (paper: Paper, assumptions: unknown) => ({ ...paper, assumptions }) as Paper;
	const papers = [
		withSets(gmi, [{ observes: ['weights'], knows: { 'target-label': true } }]),
		withSets(brep, [
			{ observes: ['weights'] },
			{ observes: ['labels-only'], knows: { 'target-label': true } },
		]),
		dlg,
	];
	const ids = (filter: Parameters<typeof compareAttacks>[1]) =>
		compareAttacks(papers, filter).flatMap((group) => group.rows.map((row) => row.id));
	expect(ids({ observes: 'labels-only' })).toEqual([brep.id]);
	expect(ids({ observes: 'weights', knows: 'target-label' }).toSorted()).toEqual(
		[gmi.id, brep.id].toSorted(),
	);
	expect(ids({ observes: 'gradients' })).toEqual([]);
	expect(ids({ trains: 'surrogate' })).toEqual([]);
	expect(ids({}).length).toBe(3);
});
