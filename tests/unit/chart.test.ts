import { describe, expect, test } from 'vitest';
import { progressChart, seriesColors, stackedBars, tickStep } from '../../src/lib/figures/chart.ts';

describe('progressChart', () => {
	// Plot area of the default 560 × 240 chart: x from 34 to 480, y from 212 (0) up to 10 (100).
	const chart = progressChart([
		{ year: 2020, value: 30, label: 'C' },
		{ year: 2018, value: 20, label: 'B' },
		{ year: 2022, value: 80, label: 'E' },
		{ year: 2018, value: 40, label: 'A' },
		{ year: 2020, value: 60, label: 'D' },
	]);

	test('points sorted by year, strongest first, placed on the axes', () => {
		expect(chart.points.map((point) => [point.label, point.x, Number(point.y.toFixed(2))])).toEqual(
			[
				['A', 34, 131.2],
				['B', 34, 171.6],
				['D', 257, 90.8],
				['C', 257, 151.4],
				['E', 480, 50.4],
			],
		);
		expect([
			chart.width,
			chart.height,
			chart.plotLeft,
			chart.plotRight,
			chart.plotTop,
			chart.plotBottom,
		]).toEqual([560, 240, 34, 480, 10, 212]);
	});

	test('the frontier steps up at each new best and runs to the last year', () => {
		expect(chart.frontier).toBe('M34.00 131.20 H257.00 V90.80 H480.00 V50.40 H480.00');
	});

	test('one label per year and a tick every 20', () => {
		expect(chart.xLabels).toEqual([
			{ x: 34, text: '2018' },
			{ x: 145.5, text: '2019' },
			{ x: 257, text: '2020' },
			{ x: 368.5, text: '2021' },
			{ x: 480, text: '2022' },
		]);
		expect(chart.yTicks.map((tick) => [tick.value, Number(tick.y.toFixed(2))])).toEqual([
			[0, 212],
			[20, 171.6],
			[40, 131.2],
			[60, 90.8],
			[80, 50.4],
			[100, 10],
		]);
	});

	test('a single year sits at the left edge; a lower top rescales the axis', () => {
		const single = progressChart([{ year: 2020, value: 5, label: 'A' }], 10);
		expect(single.frontier).toBe('M34.00 111.00 H34.00');
		expect(single.xLabels).toEqual([{ x: 34, text: '2020' }]);
		expect(single.yTicks.map((tick) => tick.value)).toEqual([0, 2, 4, 6, 8, 10]);
	});
});

describe('stackedBars labels', () => {
	// The plot spans width - 44 px; ten years give slots of (width - 44) / 10.
	const labels = (width: number, years = 10) =>
		stackedBars(
			{ years: Array.from({ length: years }, (_, i) => 2000 + i), series: [] },
			width,
		).xLabels.map((label) => Number(label.text) - 2000);

	test.each([
		[384, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
		[383, [0, 2, 4, 6, 8, 9]],
		[214, [0, 2, 4, 6, 8, 9]],
		[213, [0, 5, 9]],
	])('at width %i, years %j are labelled (the last one always)', (width, expected) => {
		expect(labels(width)).toEqual(expected);
	});

	test('labels sit in the middle of their slot; no data still gives an axis', () => {
		const layout = stackedBars({ years: [2000, 2001], series: [] }, 384);
		expect(layout.xLabels).toEqual([
			{ x: 34 + 85, text: '2000' },
			{ x: 34 + 255, text: '2001' },
		]);
		expect(layout.bars).toEqual([]);
		expect(layout.yTicks).toEqual([
			{ y: 252, value: 0 },
			{ y: 10, value: 1 },
		]);
	});
});

test.each([
	[0, 1],
	[-3, 1],
	[1, 1],
	[7, 2],
	[45, 10],
	[100, 20],
	[101, 50],
])('tickStep(%i) = %i', (max, step) => {
	expect(tickStep(max)).toBe(step);
});

test('colours beyond the curated six continue by the golden angle', () => {
	expect(seriesColors(8).slice(5)).toEqual(['#64748b', 'hsl(105 65% 45%)', 'hsl(243 65% 45%)']);
});
