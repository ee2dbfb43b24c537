import { describe, expect, test } from 'vitest';
import { progressChart } from '../../src/lib/figures/chart.ts';
import {
	contestedNumbers,
	findReported,
	inMetricUnit,
	measuredRuns,
	printedText,
	progressPoints,
	resultsForPaper,
	summarizeTasks,
	evidenceRowIds,
	defenseEvidence,
	distinctTitles,
	flattenResults,
	groupResults,
	nearbyGroups,
	pairStatus,
	retainedShare,
	settingKey,
	statusOf,
	compareByMetric,
	describeDifference,
	describeSetting,
	evidenceAnchor,
	formatValue,
	groupUrl,
	isPercentScale,
	resultTasks,
	settingDifferences,
	settingTitle,
} from '../../src/lib/catalog/results.ts';
import type { ResultFile, ResultSetting } from '../../src/schemas/result.ts';
import { celebaWhiteBox } from '../fixtures/results.ts';

const base: ResultSetting = celebaWhiteBox;

/** A results file with one setting per name and rows `[method, setting, values]`. */
function file(
	id: string,
	settings: Record<string, ResultSetting>,
	rows: [string, string, Record<string, number>, string?][],
): ResultFile {
	return {
		id,
		source: id.replace(/-readme$/, ''),
		sourceKind: 'paper',
		document: `https://example.org/${id}.pdf`,
		settings,
		results: rows.map(([method, setting, values, variant]) => ({
			method,
			setting,
			where: 'Table 1',
			quote: `${method} row`,
			values,
			...(variant ? { variant } : {}),
		})),
	};
}

describe('groups hold identical settings only', () => {
	const files = [
		file('b2023-lomma', { main: base }, [
			['a2020-gmi', 'main', { 'attack-accuracy': 20, 'knn-distance': 1700 }],
			['b2023-lomma', 'main', { 'attack-accuracy': 60, 'knn-distance': 1400 }],
		]),
		file('c2024-other', { same: { ...base, notes: 'described differently' } }, [
			['c2024-other', 'same', { 'attack-accuracy': 45 }],
		]),
		file('d2024-ir', { ir: { ...base, target: 'ir152' } }, [
			['d2024-ir', 'ir', { 'attack-accuracy': 70 }],
		]),
	];
	const values = flattenResults(files);
	const groups = groupResults(values);

	test('one value per metric, with its provenance', () => {
		expect(values).toHaveLength(6);
		const gmi = values.find(
			(value) => value.method === 'a2020-gmi' && value.metric === 'attack-accuracy',
		);
		expect(gmi).toMatchObject({ source: 'b2023-lomma', rerun: true, value: 20, where: 'Table 1' });
		expect(values.find((value) => value.method === 'b2023-lomma')?.rerun).toBe(false);
	});

	test('notes do not split a setting, a different target does', () => {
		expect(groups).toHaveLength(2);
		const main = groups.find((group) => group.key === settingKey(base));
		expect(main?.rows.map((row) => row.method)).toEqual([
			'b2023-lomma',
			'c2024-other',
			'a2020-gmi',
		]);
		expect(main?.notes).toEqual([{ source: 'c2024-other', text: 'described differently' }]);
	});

	test('the primary metric comes first, and distances sort lowest first', () => {
		const main = groups.find((group) => group.key === settingKey(base));
		expect(main?.metrics).toEqual(['attack-accuracy', 'knn-distance']);
		const distanceOnly = groupResults(
			flattenResults([
				file('x2020-a', { s: base }, [
					['x2020-a', 's', { 'knn-distance': 1500 }],
					['y2021-b', 's', { 'knn-distance': 1200 }],
				]),
			]),
		);
		expect(distanceOnly[0]?.rows.map((row) => row.values['knn-distance'])).toEqual([1200, 1500]);
	});

	test('anchors are unique and readable', () => {
		const anchors = groups.map((group) => group.anchor);
		expect(new Set(anchors).size).toBe(anchors.length);
		expect(anchors.find((anchor) => anchor.includes('ir152'))).toMatch(
			/^setting-classifier-celeba-ffhq-64-ir152/,
		);
	});

	test('nearby settings name the fields that differ', () => {
		const main = groups.find((group) => group.key === settingKey(base));
		if (!main) throw new Error('missing group');
		const nearby = nearbyGroups(main, groups);
		expect(nearby.map(({ differences }) => differences)).toEqual([['target']]);
		const far = groupResults(
			flattenResults([
				file('z2020-a', { s: { ...base, privateData: 'facescrub' } }, [
					['z2020-a', 's', { 'attack-accuracy': 1 }],
				]),
			]),
		);
		expect(nearbyGroups(main, [...groups, ...far])).toHaveLength(1);
	});
});

describe('contested numbers', () => {
	test('several sources for one method and setting, flagged above the threshold', () => {
		const values = flattenResults([
			file('a2020-gmi', { s: base }, [
				['a2020-gmi', 's', { 'attack-accuracy': 30, 'knn-distance': 1000 }],
			]),
			file('b2023-lomma', { s: base }, [
				['a2020-gmi', 's', { 'attack-accuracy': 20, 'knn-distance': 1050 }],
				['a2020-gmi', 's', { 'attack-accuracy': 90 }, 'GMI + LOM'],
			]),
		]);
		const contested = contestedNumbers(values, groupResults(values));
		expect(contested.map((item) => [item.metric, item.spread, item.flagged])).toEqual([
			['attack-accuracy', 10, true],
			['knn-distance', 50, false],
		]);
		// The variant is another method and is not among the values compared.
		expect(contested[0]?.values.map((value) => value.value)).toEqual([30, 20]);
	});

	test('one source alone is not contested', () => {
		const values = flattenResults([
			file('a2020-gmi', { s: base }, [['a2020-gmi', 's', { 'attack-accuracy': 30 }]]),
		]);
		expect(contestedNumbers(values, groupResults(values))).toEqual([]);
	});
});

describe('defense status', () => {
	const defended = (params: string): ResultSetting => ({
		...base,
		defense: 'm2021-mid',
		defenseParams: params,
	});
	const values = flattenResults([
		file('m2021-mid', { none: base, strong: defended('β = 0.01'), weak: defended('β = 0.001') }, [
			['a2020-gmi', 'none', { 'attack-accuracy': 80, 'test-accuracy': 90 }],
			['a2020-gmi', 'strong', { 'attack-accuracy': 20, 'test-accuracy': 70 }],
			['a2020-gmi', 'weak', { 'attack-accuracy': 60, 'test-accuracy': 85 }],
			['e2022-noref', 'strong', { 'attack-accuracy': 10, 'test-accuracy': 70 }],
		]),
	]);
	const evidence = defenseEvidence(values);

	test('a defended value pairs with the same source’s undefended value', () => {
		expect(evidence.map((item) => [item.defenseParams, item.retained, item.status])).toEqual([
			['β = 0.01', 0.25, 'holds'],
			['β = 0.001', 0.75, 'weakened'],
		]);
		expect(evidence[0]?.utility).toMatchObject({ undefended: 90, defended: 70 });
	});

	test('an attack without an undefended baseline in that source gives no evidence', () => {
		expect(evidence.some((item) => item.attack === 'e2022-noref')).toBe(false);
	});

	test('the rule: at most half kept holds, above 80 % is broken', () => {
		expect([0.5, 0.51, 0.8, 0.81].map(statusOf)).toEqual([
			'holds',
			'weakened',
			'weakened',
			'broken',
		]);
	});

	test('for distances a larger defended value means the attack lost', () => {
		expect(retainedShare('knn-distance', 1000, 2000)).toBe(0.5);
		expect(retainedShare('attack-accuracy', 80, 40)).toBe(0.5);
	});

	test('over several experiments the one worst for the defense decides', () => {
		expect(pairStatus(evidence)).toBe('weakened');
		expect(pairStatus([])).toBe('no-numbers');
	});
});

describe('values as printed', () => {
	test('the digits come from the quote, keeping trailing zeros and bare fractions', () => {
		expect(printedText(18, 'None 18.0% 31.0% 625')).toBe('18.0');
		expect(printedText(0.21, 'GMI .21±.0028')).toBe('0.21');
		expect(printedText(625, 'None 18.0% 31.0% 625')).toBe('625');
		expect(printedText(7, 'no such number here')).toBe('7');
	});

	test('percentages printed as fractions are converted without floating-point noise', () => {
		const fraction: ResultSetting = { ...base, scale: 'fraction' };
		expect(inMetricUnit('attack-accuracy', 0.07, fraction)).toBe(7);
		expect(inMetricUnit('bleu-1', 0.24, fraction)).toBe(24);
		// Unitless scores on their own scale are left alone.
		expect(inMetricUnit('ssim', 0.61, fraction)).toBe(0.61);
		expect(inMetricUnit('attack-accuracy', 0.07, base)).toBe(0.07);
		const [value] = flattenResults([
			file('f2020-frac', { s: fraction }, [['f2020-frac', 's', { 'attack-accuracy': 0.29 }]]),
		]);
		expect(value).toMatchObject({ value: 29, printed: 0.29, text: '29' });
	});
});

describe('quoting a number in a chapter', () => {
	const values = flattenResults([
		file('b2023-lomma', { main: base }, [
			['a2020-gmi', 'main', { 'attack-accuracy': 20 }],
			['a2020-gmi', 'main', { 'attack-accuracy': 30 }, 'GMI + LOM'],
		]),
	]);

	test('finds the one value that file, setting, method and metric name', () => {
		const query = {
			file: 'b2023-lomma',
			setting: 'main',
			method: 'a2020-gmi',
			metric: 'attack-accuracy',
		};
		expect(findReported(values, query).value).toBe(20);
		expect(findReported(values, { ...query, variant: 'GMI + LOM' }).value).toBe(30);
	});

	test('a reference that matches nothing fails and lists what exists', () => {
		expect(() =>
			findReported(values, {
				file: 'b2023-lomma',
				setting: 'other',
				method: 'a2020-gmi',
				metric: 'attack-accuracy',
			}),
		).toThrow(
			/has no attack-accuracy for a2020-gmi in setting other; for a2020-gmi it has: setting="main"/,
		);
		expect(() =>
			findReported(values, { file: 'nope', setting: 'main', method: 'a2020-gmi', metric: 'fid' }),
		).toThrow(/no results file content\/results\/nope.yaml/);
	});
});

describe('results on paper pages, the matrix and the progress chart', () => {
	const values = flattenResults([
		file('b2023-lomma', { main: base, defended: { ...base, defense: 'm2021-mid' } }, [
			['a2020-gmi', 'main', { 'attack-accuracy': 20 }],
			['b2023-lomma', 'main', { 'attack-accuracy': 60 }],
			['c2021-kedmi', 'main', { 'attack-accuracy': 40 }],
			['a2020-gmi', 'defended', { 'attack-accuracy': 5, 'test-accuracy': 80 }],
		]),
	]);
	const groups = groupResults(values);

	test('a paper sees what it reports and what others measured for or with it', () => {
		const own = resultsForPaper('b2023-lomma', values, groups);
		expect(own.reports.map((entry) => entry.count)).toEqual([3, 2]);
		expect(own.measuredByOthers).toEqual([]);
		const gmi = resultsForPaper('a2020-gmi', values, groups);
		expect(gmi.reports).toEqual([]);
		expect(gmi.measuredByOthers.map((entry) => entry.source)).toEqual([
			'b2023-lomma',
			'b2023-lomma',
		]);
		const mid = resultsForPaper('m2021-mid', values, groups);
		expect(
			mid.measuredByOthers.flatMap((entry) => entry.values.map((value) => value.metric)),
		).toEqual(['attack-accuracy', 'test-accuracy']);
	});

	test('every defended run becomes a matrix pair named by its source', () => {
		expect(measuredRuns(values)).toEqual([
			{ attack: 'a2020-gmi', defense: 'm2021-mid', source: 'b2023-lomma' },
		]);
	});

	test('a chart needs three attacks of at least two years in an undefended group', () => {
		const years: Record<string, number> = {
			'a2020-gmi': 2020,
			'b2023-lomma': 2023,
			'c2021-kedmi': 2021,
		};
		const main = groups.find((group) => !group.setting.defense);
		const defended = groups.find((group) => group.setting.defense);
		if (!main || !defended) throw new Error('missing group');
		const points = progressPoints(
			main,
			(id) => years[id],
			(id) => id,
		);
		expect(points?.map((point) => [point.year, point.value])).toEqual([
			[2020, 20],
			[2021, 40],
			[2023, 60],
		]);
		expect(
			progressPoints(
				defended,
				(id) => years[id],
				(id) => id,
			),
		).toBeUndefined();
		expect(
			progressPoints(
				main,
				() => 2020,
				(id) => id,
			),
		).toBeUndefined();
	});

	test('the running best steps up only when a method beats every earlier one', () => {
		const chart = progressChart([
			{ year: 2020, value: 50, label: 'A' },
			{ year: 2021, value: 40, label: 'B' },
			{ year: 2022, value: 80, label: 'C' },
		]);
		// Start at A, run flat through B's year, step up at C, end at the last year.
		expect(chart.frontier.match(/[MHV]/g)).toEqual(['M', 'H', 'V', 'H']);
		expect(chart.points).toHaveLength(3);
		expect(chart.xLabels.map((label) => label.text)).toEqual(['2020', '2021', '2022']);
		expect(chart.yTicks.at(-1)?.value).toBe(100);
	});
});

describe('the overview of /results/', () => {
	const values = flattenResults([
		file('b2023-lomma', { main: base, ir: { ...base, target: 'ir152' } }, [
			['a2020-gmi', 'main', { 'attack-accuracy': 20, fid: 40 }],
			['b2023-lomma', 'ir', { 'attack-accuracy': 60 }],
		]),
		file(
			'g2021-grad',
			{ fl: { task: 'federated-learning', privateData: 'cifar10', access: 'gradients' } },
			[['g2021-grad', 'fl', { psnr: 20 }]],
		),
	]);

	test('counts settings, numbers, methods and sources per task, tasks in registry order', () => {
		expect(summarizeTasks(values, groupResults(values))).toEqual([
			{ task: 'classifier', settings: 2, numbers: 3, methods: 2, sources: 1 },
			{ task: 'federated-learning', settings: 1, numbers: 1, methods: 1, sources: 1 },
		]);
	});

	test('only the first evidence row of a defense-attack pair carries the matrix anchor', () => {
		const defended = (params: string): ResultSetting => ({
			...base,
			defense: 'm2021-mid',
			defenseParams: params,
		});
		const evidence = defenseEvidence(
			flattenResults([
				file('m2021-mid', { none: base, a: defended('1'), b: defended('2') }, [
					['a2020-gmi', 'none', { 'attack-accuracy': 80 }],
					['a2020-gmi', 'a', { 'attack-accuracy': 20, 'test-accuracy': 1 }],
					['a2020-gmi', 'b', { 'attack-accuracy': 60, 'test-accuracy': 1 }],
				]),
			]),
		);
		expect(evidenceRowIds(evidence)).toEqual(['evidence-m2021-mid-a2020-gmi', undefined]);
	});
});

describe('describing settings and values', () => {
	const name = (id: string) => `«${id}»`;

	test('a setting as labelled facts, in the comparable fields’ order', () => {
		expect(
			describeSetting(
				{ ...base, architecture: 'ir152', classes: 300, batchSize: 8, defense: 'wang2021-mid' },
				name,
			),
		).toEqual([
			['task', 'Classifier'],
			['privateData', 'CelebA'],
			['publicData', 'FFHQ'],
			['resolution', '64×64 px'],
			['target', 'VGG-16'],
			['evaluator', 'FaceNet64'],
			['access', 'White-box'],
			['classes', '300'],
			['batchSize', '8'],
			['architecture', 'IR-152'],
			['defense', '«wang2021-mid»'],
		]);
		expect(describeSetting({ ...base, publicData: 'none' }, name)).toContainEqual([
			'publicData',
			'none',
		]);
	});

	test('a short title and the differences to a nearby setting', () => {
		expect(settingTitle(base, name)).toBe('CelebA, public FFHQ · VGG-16 · White-box');
		expect(
			settingTitle(
				{
					...base,
					publicData: 'none',
					architecture: 'ir152',
					batchSize: 4,
					defense: 'wang2021-mid',
					defenseParams: 'λ = 0.1',
				},
				name,
			),
		).toBe('CelebA · VGG-16 · IR-152 · White-box · batch 4 · with «wang2021-mid» (λ = 0.1)');
		expect(settingTitle({ ...base, architecture: 'vgg16', defense: 'x' }, name)).toBe(
			'CelebA, public FFHQ · VGG-16 · White-box · with «x»',
		);
		const other = { ...base, target: 'ir152', resolution: 128 } as ResultSetting;
		expect(settingDifferences(base, other)).toEqual(['resolution', 'target']);
		expect(describeDifference(other, ['target', 'resolution', 'batchSize'], name)).toBe(
			'target model IR-152, resolution 128×128 px, batch size not recorded',
		);
	});

	test('values print with their unit', () => {
		expect(formatValue('attack-accuracy', 45.5)).toBe('45.5 %');
		expect(formatValue('psnr', '18.0')).toBe('18.0 dB');
		expect(formatValue('fid', 120)).toBe('120');
	});

	test('which metrics a fraction scale converts', () => {
		expect(isPercentScale('attack-accuracy')).toBe(true);
		expect(isPercentScale('bleu')).toBe(true);
		expect(isPercentScale('auc')).toBe(false);
		expect(isPercentScale('cider')).toBe(false);
		expect(isPercentScale('psnr')).toBe(false);
	});

	test('values sort strongest first, missing values last', () => {
		const sorted = (metric: 'attack-accuracy' | 'fid', values: (number | undefined)[]) =>
			values.toSorted((a, b) => compareByMetric(metric, a, b));
		expect(sorted('attack-accuracy', [10, undefined, 30, 20])).toEqual([30, 20, 10, undefined]);
		expect(sorted('fid', [10, undefined, 30, 20])).toEqual([10, 20, 30, undefined]);
		expect(compareByMetric('fid', undefined, undefined)).toBe(0);
		expect(compareByMetric('fid', undefined, 1)).toBe(1);
		expect(compareByMetric('fid', 1, undefined)).toBe(-1);
	});

	test('links and anchors', () => {
		const [group] = groupResults(
			flattenResults([
				file('a2020-gmi', { main: base }, [['zhang2020-gmi', 'main', { 'attack-accuracy': 20 }]]),
			]),
		);
		expect(groupUrl(group!)).toBe(`/results/classifier/#${group!.anchor}`);
		expect(
			resultTasks([group!, { ...group!, setting: { ...base, task: 'federated-learning' } }]),
		).toEqual(['classifier', 'federated-learning']);
		expect(evidenceAnchor('wang2021-mid', 'zhang2020-gmi')).toBe(
			'evidence-wang2021-mid-zhang2020-gmi',
		);
	});
});

describe('distinctTitles', () => {
	test('settings whose short titles repeat are told apart by the fields in which they differ', () => {
		const name = (id: string) => id;
		const split1: ResultSetting = {
			...base,
			privateData: 'cifar10',
			publicData: undefined,
			split: 'after conv1',
		};
		const split2: ResultSetting = { ...split1, split: 'after conv2' };
		const other: ResultSetting = { ...base, privateData: 'ffhq' };
		const titles = distinctTitles([split1, split2, other], name);
		expect(titles[0]).not.toBe(titles[1]);
		expect(titles[0]).toMatch(/after conv1\)$/);
		expect(titles[1]).toMatch(/conv2\)$/);
		// A title that does not repeat is left as it is.
		expect(titles[2]).not.toMatch(/\(/);
		expect(new Set(titles).size).toBe(3);
	});
});
