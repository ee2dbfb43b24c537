import { describe, expect, test } from 'vitest';
import {
	applicability,
	missingAssumptions,
	observable,
	type Profile,
} from '../../src/lib/catalog/threat-model.ts';
import type { AssumptionSet } from '../../src/schemas/assumptions.ts';

const api: Profile = {
	observes: ['top-k-scores'],
	topK: 5,
	knows: ['target-label'],
	brings: 'out-of-distribution-public-data',
	canTrain: true,
	maliciousServer: false,
};

describe('the satisfaction rule', () => {
	test('weights give outputs and features; a confidence vector gives top-k and labels', () => {
		expect([...observable(['weights'])].toSorted()).toEqual(
			[
				'confidence-vector',
				'explanations',
				'features',
				'labels-only',
				'top-k-scores',
				'weights',
			].toSorted(),
		);
		expect(observable(['top-k-scores']).has('confidence-vector')).toBe(false);
	});

	test('all recorded assumptions satisfied: the attack applies', () => {
		const labelOnly: AssumptionSet = { observes: ['labels-only'], knows: { 'target-label': true } };
		expect(applicability([labelOnly], api)).toEqual({
			status: 'applies',
			missing: [],
			variant: undefined,
		});
	});

	test('one missing assumption is named', () => {
		const whiteBox: AssumptionSet = { observes: ['weights'] };
		expect(applicability([whiteBox], api)).toMatchObject({
			status: 'one-more',
			missing: ['observes model weights'],
		});
		const needsTop10: AssumptionSet = { observes: ['top-k-scores'], topK: 10 };
		expect(missingAssumptions(needsTop10, api)).toEqual(['observes the top 10 scores']);
	});

	test('unknown values never block; false means the attack works without it', () => {
		const unknowns: AssumptionSet = { observes: ['labels-only'] };
		expect(applicability([unknowns], { ...api, knows: [] }).status).toBe('applies');
		const withoutArchitecture: AssumptionSet = {
			observes: ['features'],
			knows: { architecture: false },
		};
		expect(missingAssumptions(withoutArchitecture, { ...api, observes: ['features'] })).toEqual([]);
	});

	test('stronger auxiliary data covers an attack shown to work with weaker data', () => {
		const ood: AssumptionSet = {
			observes: ['labels-only'],
			brings: ['out-of-distribution-public-data'],
		};
		const same: AssumptionSet = {
			observes: ['labels-only'],
			brings: ['same-distribution-public-data'],
		};
		expect(missingAssumptions(ood, { ...api, brings: 'same-distribution-public-data' })).toEqual(
			[],
		);
		expect(missingAssumptions(same, api)).toEqual(['has same-distribution public data']);
		expect(missingAssumptions({ ...same, brings: ['none'] }, { ...api, brings: 'none' })).toEqual(
			[],
		);
	});

	test('training and a malicious server are assumptions too', () => {
		const trained: AssumptionSet = { observes: ['features'], trains: ['inversion-model'] };
		const malicious: AssumptionSet = { observes: ['gradients'], server: 'malicious' };
		const profile = { ...api, observes: ['features', 'gradients'] as const, canTrain: false };
		expect(missingAssumptions(trained, profile)).toEqual(['trains models of its own']);
		expect(missingAssumptions(malicious, profile)).toEqual(['a malicious server']);
		expect(missingAssumptions({ ...malicious, server: 'honest-but-curious' }, profile)).toEqual([]);
	});

	test('of several variants the closest one counts', () => {
		const whiteBox: AssumptionSet = { name: 'white-box', observes: ['features', 'weights'] };
		const blackBox: AssumptionSet = {
			name: 'black-box',
			observes: ['features'],
			trains: ['inversion-model'],
		};
		expect(applicability([whiteBox, blackBox], { ...api, observes: ['features'] })).toEqual({
			status: 'applies',
			missing: [],
			variant: 'black-box',
		});
		expect(applicability([], api)).toEqual({
			status: 'more',
			missing: ['no assumptions recorded'],
		});
	});
});
