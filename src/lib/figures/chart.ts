/**
 * Geometry of the stacked bar chart drawn at build time as SVG: the component only places
 * the rectangles and labels computed here, so no chart code reaches the browser.
 */
import type { YearSeries } from './tables.ts';

export interface Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Index of the series (colour) the bar belongs to. */
	series: number;
	year: number;
	count: number;
}

export interface ChartLayout {
	width: number;
	height: number;
	bars: Bar[];
	xLabels: { x: number; text: string }[];
	yTicks: { y: number; value: number }[];
	/** Top edge and bottom edge of the plotting area. */
	plotTop: number;
	plotBottom: number;
	plotLeft: number;
	plotRight: number;
}

const margin = { top: 10, right: 10, bottom: 28, left: 34 };

/** A "nice" tick step (1, 2 or 5 times a power of ten) giving at most about five ticks. */
export function tickStep(max: number): number {
	if (max <= 0) return 1;
	const raw = max / 5;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw);
	return Math.max(1, step ?? power * 10);
}

/** Lays out one stacked bar per year; series stack bottom-up in their given order. */
export function stackedBars(data: YearSeries, width = 720, height = 280): ChartLayout {
	const plotLeft = margin.left;
	const plotRight = width - margin.right;
	const plotTop = margin.top;
	const plotBottom = height - margin.bottom;
	const totals = data.years.map((_, index) =>
		data.series.reduce((sum, series) => sum + (series.counts[index] ?? 0), 0),
	);
	const step = tickStep(Math.max(0, ...totals));
	const top = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
	const scale = (plotBottom - plotTop) / top;
	const slot = data.years.length > 0 ? (plotRight - plotLeft) / data.years.length : 0;
	const barWidth = slot * 0.7;
	const bars: Bar[] = [];
	data.years.forEach((year, index) => {
		let base = plotBottom;
		data.series.forEach((series, seriesIndex) => {
			const count = series.counts[index] ?? 0;
			if (count === 0) return;
			const barHeight = count * scale;
			base -= barHeight;
			bars.push({
				x: plotLeft + index * slot + (slot - barWidth) / 2,
				y: base,
				width: barWidth,
				height: barHeight,
				series: seriesIndex,
				year,
				count,
			});
		});
	});
	// Label every year when they fit, otherwise every second or fifth one.
	const every = slot >= 34 ? 1 : slot >= 17 ? 2 : 5;
	return {
		width,
		height,
		bars,
		xLabels: data.years
			.map((year, index) => ({ x: plotLeft + (index + 0.5) * slot, text: String(year), index }))
			.filter((label) => label.index % every === 0 || label.index === data.years.length - 1)
			.map(({ x, text }) => ({ x, text })),
		yTicks: Array.from({ length: top / step + 1 }, (_, index) => ({
			y: plotBottom - index * step * scale,
			value: index * step,
		})),
		plotTop,
		plotBottom,
		plotLeft,
		plotRight,
	};
}

/** One method's best value in a setting, placed at the year the method was first published. */
export interface ProgressPoint {
	year: number;
	value: number;
	/** The method's name, shown beside its point. */
	label: string;
}

export interface ProgressLayout {
	width: number;
	height: number;
	points: (ProgressPoint & { x: number; y: number })[];
	/** The running best as an SVG path: a step up at each year a method beat every earlier one. */
	frontier: string;
	xLabels: { x: number; text: string }[];
	yTicks: { y: number; value: number }[];
	plotTop: number;
	plotBottom: number;
	plotLeft: number;
	plotRight: number;
}

/**
 * Lays out a progress chart on a 0–`top` scale (100 for percentages): a point per method and the
 * running best over the years, drawn as a step line from the first year to the last.
 */
export function progressChart(
	points: readonly ProgressPoint[],
	top = 100,
	width = 560,
	height = 240,
): ProgressLayout {
	const plotLeft = margin.left;
	const plotRight = width - margin.right - 70;
	const plotTop = margin.top;
	const plotBottom = height - margin.bottom;
	const years = points.map((point) => point.year);
	const first = Math.min(...years);
	const last = Math.max(...years);
	const span = Math.max(1, last - first);
	const x = (year: number) => plotLeft + ((year - first) / span) * (plotRight - plotLeft);
	const y = (value: number) => plotBottom - (value / top) * (plotBottom - plotTop);
	const sorted = [...points].sort((a, b) => a.year - b.year || b.value - a.value);
	let best = -Infinity;
	const steps: string[] = [];
	for (const point of sorted) {
		if (point.value <= best) continue;
		const px = x(point.year).toFixed(2);
		if (steps.length === 0) steps.push(`M${px} ${y(point.value).toFixed(2)}`);
		else steps.push(`H${px}`, `V${y(point.value).toFixed(2)}`);
		best = point.value;
	}
	if (steps.length > 0) steps.push(`H${x(last).toFixed(2)}`);
	const step = tickStep(top);
	const yTicks: { y: number; value: number }[] = [];
	for (let value = 0; value <= top; value += step) yTicks.push({ y: y(value), value });
	const xLabels = [];
	for (let year = first; year <= last; year++) xLabels.push({ x: x(year), text: String(year) });
	return {
		width,
		height,
		points: sorted.map((point) => ({ ...point, x: x(point.year), y: y(point.value) })),
		frontier: steps.join(' '),
		xLabels,
		yTicks,
		plotTop,
		plotBottom,
		plotLeft,
		plotRight,
	};
}

/** Series colours chosen to read on both themes; later series continue in the same hue order. */
const curatedPalette = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#64748b'];

/**
 * One colour per series, for as many series as a vocabulary has terms: the curated colours first,
 * then hues spread by the golden angle at the same saturation and lightness, so a new term (a
 * seventh attack family) gets its own colour instead of none.
 */
export function seriesColors(count: number): string[] {
	return Array.from({ length: count }, (_, index) =>
		index < curatedPalette.length
			? (curatedPalette[index] ?? '')
			: `hsl(${Math.round((index * 137.508) % 360)} 65% 45%)`,
	);
}
