import { describe, expect, test } from 'vitest';
import {
	assumptionNeighbours,
	knowledgeUnrecorded,
	observationGroups,
	observationSummary,
	selectorData,
} from '../../src/lib/catalog/threat-model-data.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import type { Attack } from '../../src/lib/figures/tables.ts';
import { brep, catalog, dlg, gmi, mid, soteria } from '../fixtures/papers.ts';

const withSets = <T extends Paper>(paper: T, assumptions: Attack['assumptions']): T => ({
	...paper,
	assumptions,
});

const whiteBox = withSets(gmi as Attack, [
	{
		observes: ['weights'],
		knows: { 'target-label': true },
		brings: ['same-distribution-public-data'],
	},
]);
const labelOnly = withSets(brep as Attack, [
	{
		observes: ['labels-only'],
		knows: { 'target-label': true },
		brings: ['same-distribution-public-data'],
	},
]);
const gradients = withSets(dlg as Attack, [{ observes: ['gradients', 'weights'] }]);
/** GMI's setting, to compare with the label-only attack (the fixture's is face recognition). */
const labelOnlyClassifier = { ...labelOnly, setting: 'classifier' } as Attack;
const papers: Paper[] = [
	...catalog.filter((paper) => ![gmi.id, brep.id, dlg.id].includes(paper.id)),
	whiteBox,
	labelOnly,
	gradients,
];

describe('the selector data', () => {
	test('recorded attacks carry their sets and the defenses evaluated against them', () => {
		const { attacks, unrecorded } = selectorData(papers, []);
		expect(attacks.map((attack) => attack.id)).toEqual([whiteBox.id, gradients.id, labelOnly.id]);
		const gmiRow = attacks.find((attack) => attack.id === whiteBox.id);
		// MID and Soteria list GMI in evaluatedAgainst; no numbers are collected for them.
		expect(gmiRow?.defenses.map((defense) => [defense.id, defense.status])).toEqual([
			[mid.id, 'no-numbers'],
			[soteria.id, 'no-numbers'],
		]);
		expect(gmiRow?.setting).toBe('Classifier');
		expect(unrecorded.map((attack) => attack.id)).toEqual(['doe2017-probe']);
	});

	test('attacks that record no knowledge in any of their sets are listed for contributors', () => {
		const { attacks } = selectorData(papers, []);
		// DLG's only set records gradients and weights but nothing the adversary knows.
		expect(knowledgeUnrecorded(attacks).map((attack) => attack.id)).toEqual([gradients.id]);
		const variants = withSets(dlg as Attack, [
			{ name: 'a', observes: ['gradients'] },
			{ name: 'b', observes: ['gradients'], knows: { 'target-label': false } },
		]);
		expect(knowledgeUnrecorded(selectorData([variants], []).attacks)).toEqual([]);
	});

	test('the summary counts each attack once per observation it needs, and only what is stated', () => {
		const variants = withSets(brep as Attack, [
			{ name: 'white-box', observes: ['weights'], brings: ['none'], trains: ['generator'] },
			{ name: 'label-only', observes: ['labels-only'], knows: { 'target-label': true } },
			{ name: 'also white-box', observes: ['weights'], pretrained: 'StyleGAN2 (FFHQ)' },
		]);
		const rows = observationSummary([...papers.filter((paper) => paper.id !== brep.id), variants]);
		expect(rows.map((row) => [row.observation, row.attacks])).toEqual([
			['weights', 3],
			['labels-only', 1],
			['gradients', 1],
		]);
		// GMI states same-distribution data and the target label; BREP's white-box sets state no
		// knowledge, no data but "none", a trained generator and a pre-trained model.
		expect(rows[0]).toMatchObject({
			bringsRecorded: 2,
			noData: 1,
			trains: 1,
			pretrained: 1,
			knowsRecorded: 1,
		});
		expect(rows[1]).toMatchObject({ bringsRecorded: 0, knowsRecorded: 1, trains: 0 });
	});

	test('sets are grouped by their observations, in vocabulary order', () => {
		const groups = observationGroups(selectorData(papers, []).attacks);
		expect(groups.map((group) => [group.anchor, group.label, group.rows.length])).toEqual([
			['observes-weights', 'Model weights', 1],
			['observes-weights-gradients', 'Model weights + Training gradients', 1],
			['observes-labels-only', 'Labels only', 1],
		]);
	});
});

describe('attacks that need more or less', () => {
	test('a white-box attack needs more than a label-only one of the same setting, named', () => {
		const catalogue: Paper[] = [whiteBox, labelOnlyClassifier, gradients];
		expect(assumptionNeighbours(labelOnlyClassifier, catalogue)).toEqual({
			more: [expect.objectContaining({ id: whiteBox.id, difference: ['model weights'] })],
			less: [],
		});
		expect(assumptionNeighbours(whiteBox, catalogue)).toEqual({
			more: [],
			less: [expect.objectContaining({ id: labelOnly.id, difference: ['model weights'] })],
		});
	});

	test('attacks of other settings and attacks without records are not compared', () => {
		expect(assumptionNeighbours(labelOnly, papers)).toEqual({ more: [], less: [] });
		expect(assumptionNeighbours(gmi as Attack, papers)).toEqual({ more: [], less: [] });
	});
});
