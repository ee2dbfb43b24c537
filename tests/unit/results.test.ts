import { describe, expect, test } from 'vitest';
import {
	contestedNumbers,
	defenseEvidence,
	flattenResults,
	groupResults,
	nearbyGroups,
	pairStatus,
	retainedShare,
	settingKey,
	statusOf,
} from '../../src/lib/results.ts';
import type { ResultFile, ResultSetting } from '../../src/schemas/result.ts';

const base: ResultSetting = {
	task: 'classifier',
	privateData: 'celeba',
	publicData: 'ffhq',
	resolution: 64,
	target: 'vgg16',
	evaluator: 'facenet64',
	access: 'white-box',
};

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
		expect(evidence[0]?.utility).toEqual({ undefended: 90, defended: 70 });
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
