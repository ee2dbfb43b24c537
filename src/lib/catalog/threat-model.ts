/**
 * Which attacks apply to a system: an attack's recorded assumption sets against what a reader's
 * system exposes and what an adversary could have. A set is satisfied when every assumption it
 * records holds; assumptions not recorded never block (they are unknown, and reported as such).
 *
 * The selector page runs this module in the browser, so it imports the vocabularies' types only:
 * labels and keys reach it as data (`ThreatLabels`), and the page's script stays small.
 */
import type { AssumptionSet } from '../../schemas/assumptions.ts';
import type { AuxiliaryData, Knowledge, Observation } from './vocabulary.ts';

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

/** The profile of a system that exposes nothing to an adversary that has nothing. */
export const emptyProfile: Profile = {
	observes: [],
	knows: [],
	brings: 'none',
	canTrain: false,
	maliciousServer: false,
};

/**
 * What an observation gives for free: model weights let the adversary compute the outputs of any
 * input it queries; a full confidence vector contains the top-k scores and the label. Query outputs
 * of a type the record does not state are matched as the most an API returns, the full confidence
 * vector, so that they never make an attack look applicable to a system that returns less.
 * Features and explanations are those of the private input (`observations` in the vocabulary),
 * which weights do not give.
 */
const implies: Record<Observation, readonly Observation[]> = {
	weights: [
		'confidence-vector',
		'query-outputs',
		'top-k-scores',
		'labels-only',
		'generated-text',
		'generated-images',
	],
	'confidence-vector': ['query-outputs', 'top-k-scores', 'labels-only'],
	'top-k-scores': ['labels-only'],
	'similarity-scores': [],
	'labels-only': [],
	'query-outputs': [],
	explanations: [],
	gradients: [],
	features: [],
	'generated-text': [],
	'generated-images': [],
};

/** Observations that only a record holds: no system exposes "outputs of an unstated type", so the
 * selector's form does not offer them and a URL cannot ask for them. */
export const recordOnly: readonly Observation[] = ['query-outputs'];

/** What an observation tells about the model: weights come with the architecture and the
 * batch-normalization statistics stored beside them. */
const reveals: Partial<Record<Observation, readonly Knowledge[]>> = {
	weights: ['architecture', 'batch-norm-stats'],
};

/**
 * How much each kind of auxiliary data gives, weakest first: each covers the ones before it (the
 * training data itself is also in-distribution data, which is also some public data).
 */
const auxiliaryStrength: Record<AuxiliaryData, number> = {
	none: 0,
	'out-of-distribution-public-data': 1,
	'same-distribution-public-data': 2,
	'original-training-data': 3,
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

/** Everything the adversary knows: what the profile says, and what its observations reveal. */
export function knowable(profile: Pick<Profile, 'observes' | 'knows'>): Set<Knowledge> {
	return new Set([
		...profile.knows,
		...[...observable(profile.observes)].flatMap((item) => reveals[item] ?? []),
	]);
}

/** One assumption a profile does not meet. */
export type Missing =
	| { kind: 'observes'; item: Observation; topK?: number | undefined }
	| { kind: 'knows'; item: Knowledge }
	| { kind: 'brings'; item: AuxiliaryData }
	| { kind: 'trains' }
	| { kind: 'server' };

/** The assumptions of one set that the profile does not meet. */
export function missingAssumptions(set: AssumptionSet, profile: Profile): Missing[] {
	const missing: Missing[] = [];
	const seen = observable(profile.observes);
	for (const item of set.observes) {
		if (!seen.has(item)) missing.push({ kind: 'observes', item });
		else if (
			item === 'top-k-scores' &&
			set.topK !== undefined &&
			!seen.has('confidence-vector') &&
			(profile.topK ?? 0) < set.topK
		)
			missing.push({ kind: 'observes', item, topK: set.topK });
	}
	const known = knowable(profile);
	for (const [item, needed] of Object.entries(set.knows ?? {}) as [Knowledge, boolean][])
		if (needed && !known.has(item)) missing.push({ kind: 'knows', item });
	if (set.brings) {
		const weakest = set.brings.toSorted((a, b) => auxiliaryStrength[a] - auxiliaryStrength[b])[0];
		if (weakest && auxiliaryStrength[weakest] > auxiliaryStrength[profile.brings])
			missing.push({ kind: 'brings', item: weakest });
	}
	if (set.trains && !profile.canTrain) missing.push({ kind: 'trains' });
	if (set.server === 'malicious' && !profile.maliciousServer) missing.push({ kind: 'server' });
	return missing;
}

/** The labels `describe` names assumptions with, from the vocabularies. */
export interface ThreatLabels {
	observations: Record<Observation, string>;
	knowledge: Record<Knowledge, string>;
	auxiliary: Record<AuxiliaryData, string>;
}

/** One missing assumption as a noun phrase, e.g. "model weights", "knowledge of the task". */
export function describe(missing: Missing, labels: ThreatLabels): string {
	switch (missing.kind) {
		case 'observes':
			return missing.topK === undefined
				? lowerFirst(labels.observations[missing.item])
				: `the top ${missing.topK} scores`;
		case 'knows':
			return `knowledge of the ${lowerFirst(labels.knowledge[missing.item])}`;
		case 'brings':
			return lowerFirst(labels.auxiliary[missing.item]);
		case 'trains':
			return 'training models of its own';
		case 'server':
			return 'a malicious server';
	}
}

/** "Model weights" → "model weights"; acronyms ("FID") stay as they are. */
const lowerFirst = (label: string) =>
	/^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;

/** Parts of an assumption set that the paper's record leaves open. */
export type Unrecorded = 'weights' | 'knows' | 'brings';

/** Each open part as the selector and the assumption cards word it. */
export const unrecordedLabels: Record<Unrecorded, string> = {
	weights: 'whether it also needs the model weights',
	knows: 'what it needs to know',
	brings: 'what data it brings',
};

/** The open parts as one phrase: "what it needs to know and what data it brings". */
export function describeUnrecorded(parts: readonly Unrecorded[]): string {
	return new Intl.ListFormat('en', { type: 'conjunction' }).format(
		parts.map((part) => unrecordedLabels[part]),
	);
}

export interface Applicability {
	/** `applies`: every recorded assumption holds; `one-more`: exactly one is missing. */
	status: 'applies' | 'one-more' | 'more' | 'unrecorded';
	/** The missing assumptions of the closest set. */
	missing: Missing[];
	/** Name of the closest set, when the attack has several. */
	variant?: string | undefined;
	/** What the closest set does not record (never blocking, but worth saying). */
	unrecorded: Unrecorded[];
}

/** Observations whose records often leave the model's weights unstated (a federated server, a
 * split-learning party, an image generator that may be open-weight): a record of them alone does
 * not show the attack works without weights. */
const weightsOftenUnstated: readonly Observation[] = [
	'gradients',
	'features',
	'explanations',
	'generated-images',
];

/** Whether a set's record leaves open if the attack also needs the model's weights. */
const weightsOpen = (set: AssumptionSet) =>
	!set.observes.includes('weights') &&
	set.observes.some((item) => weightsOftenUnstated.includes(item));

/** What a set leaves open; the weights only for a profile that lacks them, when one is given. */
export function unrecorded(set: AssumptionSet, profile?: Profile): Unrecorded[] {
	return [
		...(weightsOpen(set) && !profile?.observes.includes('weights') ? (['weights'] as const) : []),
		...(set.knows && Object.keys(set.knows).length > 0 ? [] : (['knows'] as const)),
		...(set.brings ? [] : (['brings'] as const)),
	];
}

/** How close an attack is to applying: its assumption set with the fewest missing assumptions. */
export function applicability(sets: readonly AssumptionSet[], profile: Profile): Applicability {
	const ranked = sets
		.map((set) => ({ set, missing: missingAssumptions(set, profile) }))
		.toSorted((a, b) => a.missing.length - b.missing.length);
	const best = ranked[0];
	if (!best)
		return { status: 'unrecorded', missing: [], unrecorded: ['weights', 'knows', 'brings'] };
	return {
		status: best.missing.length === 0 ? 'applies' : best.missing.length === 1 ? 'one-more' : 'more',
		missing: best.missing,
		variant: best.set.name,
		unrecorded: unrecorded(best.set, profile),
	};
}

/** The least a system must expose and an adversary have for `set` to apply. */
export function minimalProfile(set: AssumptionSet): Profile {
	const weakest = set.brings?.toSorted((a, b) => auxiliaryStrength[a] - auxiliaryStrength[b])[0];
	return {
		observes: set.observes,
		topK: set.topK,
		knows: (Object.entries(set.knows ?? {}) as [Knowledge, boolean][])
			.filter(([, needed]) => needed)
			.map(([item]) => item),
		brings: weakest ?? 'none',
		canTrain: set.trains !== undefined,
		maliciousServer: set.server === 'malicious',
	};
}

/** What a black-box query can return, from the most to the least. */
const queryResults: readonly Observation[] = ['confidence-vector', 'top-k-scores', 'labels-only'];

/**
 * Whether `set`'s record settles that it does without `missing`. An observation is settled,
 * except model weights next to gradients, features, explanations or generated images (papers on
 * those often leave the weights unstated), and query results where either side records only
 * outputs of an unstated type; knowledge only when the paper says the attack works without it;
 * auxiliary data and server behaviour when recorded at all. Unrecorded training settles nothing.
 */
function settles(set: AssumptionSet, missing: Missing): boolean {
	switch (missing.kind) {
		case 'observes':
			if (missing.item === 'weights') return !weightsOpen(set);
			// Outputs of an unstated type may be any of the outputs: they settle no difference in
			// outputs, either way.
			if (missing.item === 'query-outputs') return false;
			return !(set.observes.includes('query-outputs') && queryResults.includes(missing.item));
		case 'knows':
			return set.knows?.[missing.item] === false;
		case 'brings':
			return set.brings !== undefined;
		case 'trains':
			return false;
		case 'server':
			return set.server !== undefined;
	}
}

/** What one attack needs beyond another, and the variants compared (when they have names). */
export interface Difference {
	missing: Missing[];
	/** The variant of the attack that needs more. */
	moreVariant?: string | undefined;
	/** The variant of the attack that needs less. */
	lessVariant?: string | undefined;
}

/**
 * When attack `more` needs strictly more than attack `less`: some set of `less` applies wherever a
 * set of `more` does, and `more` needs something that `less`'s record shows it does without. The
 * answer names what `more` needs beyond `less` (the fewest such assumptions over all pairs of sets)
 * and the variants compared; undefined when the records do not show it.
 */
export function needsMoreThan(
	more: readonly AssumptionSet[],
	less: readonly AssumptionSet[],
): Difference | undefined {
	let best: Difference | undefined;
	for (const big of more)
		for (const small of less) {
			if (missingAssumptions(small, minimalProfile(big)).length > 0) continue;
			const extra = missingAssumptions(big, minimalProfile(small)).filter((item) =>
				settles(small, item),
			);
			if (extra.length > 0 && (!best || extra.length < best.missing.length))
				best = { missing: extra, moreVariant: big.name, lessVariant: small.name };
		}
	return best;
}

/** The query-string keys of a profile (`?observes=weights,gradients&knows=architecture&data=…`). */
const param = {
	observes: 'observes',
	topK: 'top',
	knows: 'knows',
	brings: 'data',
	canTrain: 'train',
	maliciousServer: 'malicious',
} as const;

/** The keys each vocabulary allows, for reading a query string. */
export interface ThreatKeys {
	observations: readonly Observation[];
	knowledge: readonly Knowledge[];
	auxiliary: readonly AuxiliaryData[];
}

/** A profile as a query string (without `?`), in vocabulary order; empty for the empty profile. */
export function profileToSearch(profile: Profile, keys: ThreatKeys): string {
	const ordered = <T extends string>(chosen: readonly T[], all: readonly T[]) =>
		all.filter((key) => chosen.includes(key)).join(',');
	const parts: [string, string][] = [
		[param.observes, ordered(profile.observes, keys.observations)],
		[
			param.topK,
			profile.observes.includes('top-k-scores') && profile.topK ? String(profile.topK) : '',
		],
		[param.knows, ordered(profile.knows, keys.knowledge)],
		[param.brings, profile.brings === 'none' ? '' : profile.brings],
		[param.canTrain, profile.canTrain ? '1' : ''],
		[param.maliciousServer, profile.maliciousServer ? '1' : ''],
	];
	return parts
		.filter(([, value]) => value !== '')
		.map(([key, value]) => `${key}=${value}`)
		.join('&');
}

/** A profile read from a query string; unknown values are dropped, never guessed. */
export function profileFromSearch(search: string, keys: ThreatKeys): Profile {
	const query = new URLSearchParams(search);
	const list = <T extends string>(name: string, allowed: readonly T[]): T[] => {
		const given = (query.get(name) ?? '').split(',');
		return allowed.filter((key) => given.includes(key));
	};
	const topK = Number.parseInt(query.get(param.topK) ?? '', 10);
	const brings = keys.auxiliary.find((key) => key === query.get(param.brings));
	return {
		observes: list(param.observes, keys.observations),
		topK: Number.isInteger(topK) && topK > 0 ? topK : undefined,
		knows: list(param.knows, keys.knowledge),
		brings: brings ?? 'none',
		canTrain: query.get(param.canTrain) === '1',
		maliciousServer: query.get(param.maliciousServer) === '1',
	};
}

/** How the selector words a defense's status against an attack (see `pairStatus` in results). */
export const defenseStatusLabels = {
	holds: 'holds',
	weakened: 'weakened',
	broken: 'broken',
	'no-numbers': 'evaluated',
} as const;
