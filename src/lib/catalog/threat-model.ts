/**
 * Which attacks apply to a system: an attack's recorded assumption sets against what a reader's
 * system exposes and what an adversary could have. A set is satisfied when every assumption it
 * records holds; assumptions not recorded never block (they are unknown, and reported as such).
 */
import type { AssumptionSet } from '../../schemas/assumptions.ts';
import {
	auxiliaryData,
	knowledgeItems,
	observations,
	serverBehaviors,
	type AuxiliaryData,
	type Knowledge,
	type Observation,
} from './vocabulary.ts';

/** What the reader's system exposes and what an adversary could have. */
export interface Profile {
	observes: readonly Observation[];
	/** With `top-k-scores`: how many scores are returned. */
	topK?: number | undefined;
	knows: readonly Knowledge[];
	/** The strongest auxiliary data the adversary could have. */
	brings: AuxiliaryData;
	/** Whether the adversary can train models of its own (a surrogate, an inversion network). */
	canTrain: boolean;
	/** Federated learning: whether the server could act maliciously. */
	maliciousServer: boolean;
}

/**
 * What an observation gives for free: model weights let the adversary compute outputs, features
 * and explanations of its own inputs; a full confidence vector contains the top-k scores and the
 * label.
 */
const implies: Record<Observation, readonly Observation[]> = {
	weights: ['confidence-vector', 'top-k-scores', 'labels-only', 'features', 'explanations'],
	'confidence-vector': ['top-k-scores', 'labels-only'],
	'top-k-scores': ['labels-only'],
	'similarity-scores': [],
	'labels-only': [],
	explanations: [],
	gradients: [],
	features: [],
	'generated-text': [],
};

/** Everything a profile's observations give, closed under `implies`. */
export function observable(observed: readonly Observation[]): Set<Observation> {
	const seen = new Set<Observation>();
	const visit = (item: Observation) => {
		if (seen.has(item)) return;
		seen.add(item);
		for (const next of implies[item]) visit(next);
	};
	observed.forEach(visit);
	return seen;
}

const auxiliaryRank = (key: AuxiliaryData) => Object.keys(auxiliaryData).indexOf(key);

/** The assumptions of one set that the profile does not meet, named for the reader. */
export function missingAssumptions(set: AssumptionSet, profile: Profile): string[] {
	const missing: string[] = [];
	const seen = observable(profile.observes);
	for (const item of set.observes) {
		if (!seen.has(item)) missing.push(`observes ${observations[item].label.toLowerCase()}`);
		else if (
			item === 'top-k-scores' &&
			set.topK !== undefined &&
			!seen.has('confidence-vector') &&
			(profile.topK ?? 0) < set.topK
		)
			missing.push(`observes the top ${set.topK} scores`);
	}
	for (const [item, needed] of Object.entries(set.knows ?? {}) as [Knowledge, boolean][])
		if (needed && !profile.knows.includes(item))
			missing.push(`knows the ${knowledgeItems[item].label.toLowerCase()}`);
	if (
		set.brings &&
		!set.brings.some((item) => auxiliaryRank(item) <= auxiliaryRank(profile.brings))
	) {
		const weakest = set.brings.toSorted((a, b) => auxiliaryRank(a) - auxiliaryRank(b))[0];
		if (weakest) missing.push(`has ${auxiliaryData[weakest].label.toLowerCase()}`);
	}
	if (set.trains && !profile.canTrain) missing.push('trains models of its own');
	if (set.server === 'malicious' && !profile.maliciousServer)
		missing.push(`a ${serverBehaviors.malicious.label.toLowerCase()} server`);
	return missing;
}

export interface Applicability {
	/** `applies`: every recorded assumption holds; `one-more`: exactly one is missing. */
	status: 'applies' | 'one-more' | 'more';
	/** The missing assumptions of the closest set. */
	missing: string[];
	/** Name of the closest set, when the attack has several. */
	variant?: string | undefined;
}

/** How close an attack is to applying: its assumption set with the fewest missing assumptions. */
export function applicability(sets: readonly AssumptionSet[], profile: Profile): Applicability {
	const ranked = sets
		.map((set) => ({ set, missing: missingAssumptions(set, profile) }))
		.toSorted((a, b) => a.missing.length - b.missing.length);
	const best = ranked[0];
	if (!best) return { status: 'more', missing: ['no assumptions recorded'] };
	return {
		status: best.missing.length === 0 ? 'applies' : best.missing.length === 1 ? 'one-more' : 'more',
		missing: best.missing,
		variant: best.set.name,
	};
}
