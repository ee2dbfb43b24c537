import { describe, expect, test } from 'vitest';
import {
	applicability,
	describe as describeMissing,
	describeUnrecorded,
	emptyProfile,
	knowable,
	minimalProfile,
	missingAssumptions as missingItems,
	needsMoreThan,
	observable,
	profileFromSearch,
	profileToSearch,
	unrecorded,
	type Profile,
} from '../../src/lib/catalog/threat-model.ts';
import { threatKeys, threatLabels } from '../../src/lib/catalog/threat-model-data.ts';
import type { AssumptionSet } from '../../src/schemas/assumptions.ts';

/** The missing assumptions in words, as the pages print them. */
const missingAssumptions = (...args: Parameters<typeof missingItems>) =>
	missingItems(...args).map((item) => describeMissing(item, threatLabels));

const api: Profile = {
	observes: ['top-k-scores'],
	topK: 5,
	knows: ['target-label'],
	brings: 'out-of-distribution-public-data',
	canTrain: true,
	maliciousServer: false,
};

describe('the satisfaction rule', () => {
	test('weights give outputs of chosen inputs; a confidence vector gives top-k and labels', () => {
		expect([...observable(['weights'])].toSorted()).toEqual(
			[
				'confidence-vector',
				'query-outputs',
				'generated-images',
				'generated-text',
				'labels-only',
				'top-k-scores',
				'weights',
			].toSorted(),
		);
		// Features and explanations are of the private input: weights do not give them.
		expect(observable(['weights']).has('features')).toBe(false);
		expect(observable(['weights']).has('explanations')).toBe(false);
		expect(observable(['top-k-scores']).has('confidence-vector')).toBe(false);
	});

	test('query outputs of an unstated type need what the full confidence vector gives', () => {
		const blackBox: AssumptionSet = { observes: ['query-outputs'], brings: ['none'] };
		const scores = { ...api, observes: ['confidence-vector'] as const };
		expect(applicability([blackBox], scores).status).toBe('applies');
		expect(applicability([blackBox], { ...api, observes: ['weights'] }).status).toBe('applies');
		expect(missingAssumptions(blackBox, api)).toEqual(['query outputs, type not stated']);
		expect(missingAssumptions(blackBox, { ...api, observes: ['labels-only'] })).toHaveLength(1);
	});

	test('a URL cannot ask for an observation that only records hold', () => {
		expect(threatKeys.observations).not.toContain('query-outputs');
		expect(profileFromSearch('observes=query-outputs,labels-only', threatKeys).observes).toEqual([
			'labels-only',
		]);
	});

	test('all recorded assumptions satisfied: the attack applies', () => {
		const labelOnly: AssumptionSet = { observes: ['labels-only'], knows: { 'target-label': true } };
		expect(applicability([labelOnly], api)).toEqual({
			status: 'applies',
			missing: [],
			variant: undefined,
			unrecorded: ['brings'],
		});
	});

	test('one missing assumption is named', () => {
		const whiteBox: AssumptionSet = { observes: ['weights'] };
		expect(applicability([whiteBox], api)).toMatchObject({
			status: 'one-more',
			missing: [{ kind: 'observes', item: 'weights' }],
			unrecorded: ['knows', 'brings'],
		});
		expect(missingAssumptions(whiteBox, api)).toEqual(['model weights']);
		const needsTop10: AssumptionSet = { observes: ['top-k-scores'], topK: 10 };
		expect(missingAssumptions(needsTop10, api)).toEqual(['the top 10 scores']);
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
		expect(missingAssumptions(same, api)).toEqual(['same-distribution public data']);
		expect(missingAssumptions({ ...same, brings: ['none'] }, { ...api, brings: 'none' })).toEqual(
			[],
		);
	});

	test('training and a malicious server are assumptions too', () => {
		const trained: AssumptionSet = { observes: ['features'], trains: ['inversion-model'] };
		const malicious: AssumptionSet = { observes: ['gradients'], server: 'malicious' };
		const profile = { ...api, observes: ['features', 'gradients'] as const, canTrain: false };
		expect(missingAssumptions(trained, profile)).toEqual(['training models of its own']);
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
			unrecorded: ['weights', 'knows', 'brings'],
		});
		expect(applicability([whiteBox, blackBox], { ...api, observes: ['top-k-scores'] })).toEqual({
			status: 'one-more',
			missing: [{ kind: 'observes', item: 'features' }],
			variant: 'black-box',
			unrecorded: ['weights', 'knows', 'brings'],
		});
		expect(applicability([], api)).toEqual({
			status: 'unrecorded',
			missing: [],
			unrecorded: ['weights', 'knows', 'brings'],
		});
	});

	test('gradients, features, explanations or generated images without weights leave them open', () => {
		const gradientsOnly: AssumptionSet = { observes: ['gradients'], brings: ['none'] };
		const federated = { ...api, observes: ['gradients'] as const };
		expect(applicability([gradientsOnly], federated)).toMatchObject({
			status: 'applies',
			unrecorded: ['weights', 'knows'],
		});
		// A system that exposes the weights anyway settles the question for the reader.
		expect(
			applicability([gradientsOnly], { ...api, observes: ['gradients', 'weights'] }).unrecorded,
		).toEqual(['knows']);
		// Recorded weights, or an observation that never comes with them, leave nothing open.
		expect(unrecorded({ observes: ['gradients', 'weights'], brings: ['none'] })).toEqual(['knows']);
		expect(unrecorded({ observes: ['labels-only'], brings: ['none'] })).toEqual(['knows']);
		expect(unrecorded({ observes: ['generated-images'], brings: ['none'] })).toEqual([
			'weights',
			'knows',
		]);
		expect(unrecorded({ observes: ['generated-text'], brings: ['none'] })).toEqual(['knows']);
		expect(unrecorded({ observes: ['explanations'], knows: { architecture: true } })).toEqual([
			'weights',
			'brings',
		]);
		expect(describeUnrecorded(['weights', 'knows', 'brings'])).toBe(
			'whether it also needs the model weights, what it needs to know, and what data it brings',
		);
		expect(describeUnrecorded(['brings'])).toBe('what data it brings');
	});
});

describe('what weights reveal', () => {
	test('white-box access comes with the architecture and batch-norm statistics', () => {
		expect([...knowable({ observes: ['weights'], knows: ['target-label'] })].toSorted()).toEqual([
			'architecture',
			'batch-norm-stats',
			'target-label',
		]);
		expect(knowable({ observes: ['confidence-vector'], knows: [] }).size).toBe(0);
		const needsArchitecture: AssumptionSet = {
			observes: ['gradients'],
			knows: { architecture: true, 'batch-norm-stats': true },
		};
		expect(missingAssumptions(needsArchitecture, { ...api, observes: ['gradients'] })).toEqual([
			'knowledge of the architecture',
			'knowledge of the batch-norm statistics',
		]);
		expect(
			missingAssumptions(needsArchitecture, { ...api, observes: ['gradients', 'weights'] }),
		).toEqual([]);
	});
});

describe('needs more than', () => {
	const blackBox: AssumptionSet = {
		observes: ['confidence-vector'],
		knows: { 'target-label': true },
		brings: ['out-of-distribution-public-data'],
	};
	const whiteBox: AssumptionSet = {
		observes: ['weights'],
		knows: { 'target-label': true },
		brings: ['out-of-distribution-public-data'],
	};
	test('an attack that needs weights needs more than one that needs scores, and is named', () => {
		expect(needsMoreThan([whiteBox], [blackBox])).toEqual({
			missing: [{ kind: 'observes', item: 'weights' }],
			moreVariant: undefined,
			lessVariant: undefined,
		});
		expect(needsMoreThan([blackBox], [whiteBox])).toBeUndefined();
		expect(needsMoreThan([blackBox], [blackBox])).toBeUndefined();
	});

	test('a difference the other record leaves open is not claimed', () => {
		const unknownKnowledge: AssumptionSet = { observes: ['confidence-vector'] };
		const needsArchitecture: AssumptionSet = {
			observes: ['confidence-vector'],
			knows: { architecture: true },
		};
		expect(needsMoreThan([needsArchitecture], [unknownKnowledge])).toBeUndefined();
		const saysWithout: AssumptionSet = {
			observes: ['confidence-vector'],
			knows: { architecture: false },
		};
		expect(needsMoreThan([needsArchitecture], [saysWithout])?.missing).toEqual([
			{ kind: 'knows', item: 'architecture' },
		]);
		// A gradient record often leaves the weights unstated: it does not show the attack does
		// without them.
		const gradientsOnly: AssumptionSet = { name: 'passive', observes: ['gradients'] };
		const gradientsAndWeights: AssumptionSet = { observes: ['gradients', 'weights'] };
		expect(needsMoreThan([gradientsAndWeights], [gradientsOnly])).toBeUndefined();
		const malicious: AssumptionSet = { ...gradientsAndWeights, server: 'malicious' };
		expect(
			needsMoreThan([malicious], [{ ...gradientsOnly, server: 'honest-but-curious' }]),
		).toEqual({
			missing: [{ kind: 'server' }],
			moreVariant: undefined,
			lessVariant: 'passive',
		});
	});

	test('outputs of an unstated type settle no difference in outputs, either way', () => {
		const blackBox: AssumptionSet = { observes: ['query-outputs'] };
		const labelOnly: AssumptionSet = { observes: ['labels-only'] };
		const scores: AssumptionSet = { observes: ['confidence-vector'] };
		// The black box may return labels only, or need the scores: neither is claimed.
		expect(needsMoreThan([blackBox], [labelOnly])).toBeUndefined();
		expect(needsMoreThan([scores], [blackBox])).toBeUndefined();
		// Weights are still more than any query output.
		expect(needsMoreThan([{ observes: ['weights'] }], [blackBox])?.missing).toEqual([
			{ kind: 'observes', item: 'weights' },
		]);
		expect(needsMoreThan([scores], [labelOnly])?.missing).toEqual([
			{ kind: 'observes', item: 'confidence-vector' },
		]);
	});

	test('the minimal profile of a set satisfies it and nothing weaker does', () => {
		const set: AssumptionSet = {
			observes: ['top-k-scores'],
			topK: 5,
			knows: { 'target-label': true, architecture: false },
			brings: ['same-distribution-public-data', 'out-of-distribution-public-data'],
			trains: ['surrogate'],
		};
		const profile = minimalProfile(set);
		expect(profile).toEqual({
			observes: ['top-k-scores'],
			topK: 5,
			knows: ['target-label'],
			brings: 'out-of-distribution-public-data',
			canTrain: true,
			maliciousServer: false,
		});
		expect(missingItems(set, profile)).toEqual([]);
		expect(missingItems(set, { ...profile, topK: 4 })).toEqual([
			{ kind: 'observes', item: 'top-k-scores', topK: 5 },
		]);
		expect(missingItems(set, { ...profile, brings: 'none' })).toEqual([
			{ kind: 'brings', item: 'out-of-distribution-public-data' },
		]);
	});
});

describe('the profile in the URL', () => {
	test('a profile survives the round trip, in vocabulary order', () => {
		const profile: Profile = {
			observes: ['gradients', 'top-k-scores'],
			topK: 5,
			knows: ['target-label', 'architecture'],
			brings: 'same-distribution-public-data',
			canTrain: true,
			maliciousServer: true,
		};
		const search = profileToSearch(profile, threatKeys);
		expect(search).toBe(
			'observes=top-k-scores,gradients&top=5&knows=architecture,target-label&data=same-distribution-public-data&train=1&malicious=1',
		);
		expect(profileFromSearch(search, threatKeys)).toEqual({
			...profile,
			observes: ['top-k-scores', 'gradients'],
			knows: ['architecture', 'target-label'],
		});
		expect(profileFromSearch(`?${search}`, threatKeys)).toEqual(
			profileFromSearch(search, threatKeys),
		);
	});

	test('the empty profile is the empty query, and unknown values are dropped', () => {
		expect(profileToSearch(emptyProfile, threatKeys)).toBe('');
		expect(profileFromSearch('', threatKeys)).toEqual({ ...emptyProfile, topK: undefined });
		expect(
			profileFromSearch(
				'observes=weights,telepathy&top=-3&knows=secrets&data=everything&train=yes',
				threatKeys,
			),
		).toEqual({ ...emptyProfile, observes: ['weights'], topK: undefined });
		expect(
			profileToSearch({ ...emptyProfile, observes: ['labels-only'], topK: 5 }, threatKeys),
		).toBe('observes=labels-only');
	});
});
