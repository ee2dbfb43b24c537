/**
 * Reported results: turns the files of `content/results/` into single values with their
 * provenance, groups values measured in identical settings, finds contested numbers (one method,
 * one setting, several sources) and derives how a defense fared against an attack.
 */
import type { ResultFile, ResultSetting } from '../../schemas/result.ts';
import {
	accessLevels,
	datasets,
	metrics,
	models,
	settings,
	type Metric,
	type MetricTerm,
	type Setting,
} from './vocabulary.ts';
import { resultsUrl } from '../site/urls.ts';

/** One number, with everything needed to show where it came from. */
export interface ResultValue {
	/** Results file id (file name without `.yaml`). */
	file: string;
	/** Catalog id of the paper whose table holds the number. */
	source: string;
	sourceKind: ResultFile['sourceKind'];
	document: string;
	/** Position of the row in its file, for stable anchors. */
	row: number;
	/** The attack measured. */
	method: string;
	variant?: string | undefined;
	settingName: string;
	setting: ResultSetting;
	/** Key of the group of identical settings the value belongs to. */
	group: string;
	metric: Metric;
	/** The value in the metric's unit (percentages printed as fractions are converted). */
	value: number;
	/** The value exactly as recorded from the source. */
	printed: number;
	/**
	 * The value's digits for display: as the quote prints them (so "18.0" keeps its zero, which
	 * YAML's number drops), or the converted value for percentages printed as fractions.
	 */
	text: string;
	where: string;
	quote: string;
	/** True when the source re-ran someone else's method (a baseline or a benchmark run). */
	rerun: boolean;
	adaptive?: boolean | undefined;
}

/**
 * The setting fields that must be equal for two numbers to share a table, in display order.
 * `notes` and `evaluatorNote` describe rather than define, so they are shown, not compared.
 */
export const comparableFields = [
	'task',
	'privateData',
	'publicData',
	'resolution',
	'target',
	'evaluator',
	'access',
	'classes',
	'batchSize',
	'architecture',
	'split',
	'defense',
	'defenseParams',
] as const satisfies readonly (keyof ResultSetting)[];
export type ComparableField = (typeof comparableFields)[number];

/** A stable, readable key for a setting: its comparable fields, in order, as a slug. */
export function settingKey(setting: ResultSetting): string {
	return comparableFields
		.map((field) => {
			const value = setting[field];
			return value === undefined ? '_' : String(value);
		})
		.join('|');
}

/**
 * A recorded value in its metric's unit: 0–100 metrics printed as fractions of 1 (setting `scale:
 * fraction`) times 100, without binary floating-point noise (0.07 -> 7, not 7.000000000000001).
 */
export function inMetricUnit(metric: Metric, printed: number, setting: ResultSetting): number {
	if (setting.scale !== 'fraction' || !isPercentScale(metric)) return printed;
	return Number((printed * 100).toPrecision(12));
}

/** Metrics recorded on a 0–100 scale (percentages, BLEU, ROUGE, F1), which `scale: fraction` converts. */
export function isPercentScale(metric: Metric): boolean {
	const term = metrics[metric] as MetricTerm;
	return term.unit === '%' || (term.range[0] === 0 && term.range[1] === 100);
}

/**
 * How the source printed a recorded number: the first number in the quote equal to it (".21" and
 * "0.21" both equal 0.21, "18.0" equals 18), falling back to the number itself.
 */
export function printedText(printed: number, quote: string): string {
	for (const token of quote.replaceAll('−', '-').match(/-?\d*\.?\d+/g) ?? []) {
		const normalized = token.replace(/^(-?)\./, '$10.');
		if (Number(normalized) === printed) return normalized;
	}
	return String(printed);
}

/** Flattens files into values, sorted by file, row and metric order. */
export function flattenResults(files: readonly ResultFile[]): ResultValue[] {
	const metricOrder = Object.keys(metrics);
	const values: ResultValue[] = [];
	for (const file of [...files].sort((a, b) => a.id.localeCompare(b.id))) {
		for (const [row, result] of file.results.entries()) {
			const setting = file.settings[result.setting];
			if (!setting) continue; // validation reports the dangling name
			const entries = Object.entries(result.values) as [Metric, number][];
			entries.sort(([a], [b]) => metricOrder.indexOf(a) - metricOrder.indexOf(b));
			for (const [metric, value] of entries) {
				values.push({
					file: file.id,
					source: file.source,
					sourceKind: file.sourceKind,
					document: file.document,
					row,
					method: result.method,
					variant: result.variant,
					settingName: result.setting,
					setting,
					group: settingKey(setting),
					metric,
					value: inMetricUnit(metric, value, setting),
					printed: value,
					text:
						inMetricUnit(metric, value, setting) === value
							? printedText(value, result.quote)
							: String(inMetricUnit(metric, value, setting)),
					where: result.where,
					quote: result.quote,
					rerun: result.method !== file.source,
					adaptive: result.adaptive,
				});
			}
		}
	}
	return values;
}

/** The metric a table is sorted by: the first of these the group reports. */
const primaryMetrics: readonly Metric[] = [
	'attack-accuracy',
	'attack-accuracy-top5',
	'attack-success-rate',
	'exact-match',
	'psnr',
	'ssim',
	'lpips',
	'bleu',
	'f1',
	'rouge-l',
	'cosine-similarity',
	'knn-distance',
	'fid',
	'mse',
];

export interface ResultTableRow {
	method: string;
	variant?: string | undefined;
	source: string;
	rerun: boolean;
	file: string;
	row: number;
	where: string;
	quote: string;
	/** True when the source printed percentages as fractions (values here are converted). */
	fromFractions: boolean;
	values: Partial<Record<Metric, number>>;
	/** The values' digits for display (see `ResultValue.text`). */
	texts: Partial<Record<Metric, string>>;
}

export interface ResultGroup {
	/** `settingKey` of the group. */
	key: string;
	/** Fragment id of the group's table on /results/. */
	anchor: string;
	setting: ResultSetting;
	/** Metrics reported in the group, primary first, then in registry order. */
	metrics: Metric[];
	/** Rows sorted by the primary metric, best for the attack first; rows without it last. */
	rows: ResultTableRow[];
	/** The distinct setting notes of the group, each with the source that wrote it. */
	notes: { source: string; text: string }[];
}

/** A compact slug for a group's anchor, unique among `taken`. */
function anchorFor(setting: ResultSetting, taken: Set<string>): string {
	const parts = comparableFields
		.map((field) => setting[field])
		.filter((value) => value !== undefined)
		.map((value) =>
			String(value)
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, ''),
		)
		.filter(Boolean);
	const base = `setting-${parts.join('-')}`.slice(0, 90).replace(/-$/, '');
	let anchor = base;
	for (let n = 2; taken.has(anchor); n++) anchor = `${base}-${n}`;
	taken.add(anchor);
	return anchor;
}

/** Sort values of `metric` so that the strongest attack (or best model) comes first. */
export function compareByMetric(metric: Metric, a: number | undefined, b: number | undefined) {
	if (a === undefined && b === undefined) return 0;
	if (a === undefined) return 1;
	if (b === undefined) return -1;
	return (metrics[metric] as MetricTerm).better === 'higher' ? b - a : a - b;
}

/**
 * Groups values by identical settings. One table row per source row (method, variant, source);
 * groups come back ordered by task, private data and the number of rows (largest first).
 */
export function groupResults(values: readonly ResultValue[]): ResultGroup[] {
	const metricOrder = Object.keys(metrics);
	const byKey = new Map<string, ResultValue[]>();
	for (const value of values) {
		const list = byKey.get(value.group) ?? [];
		list.push(value);
		byKey.set(value.group, list);
	}
	const sortedKeys = [...byKey.keys()].sort((a, b) => a.localeCompare(b));
	const taken = new Set<string>();
	const groups: ResultGroup[] = [];
	for (const key of sortedKeys) {
		const list = byKey.get(key) ?? [];
		const first = list[0];
		if (!first) continue;
		const rows = new Map<string, ResultTableRow>();
		for (const value of list) {
			const id = `${value.file}#${value.row}`;
			const row = rows.get(id) ?? {
				method: value.method,
				variant: value.variant,
				source: value.source,
				rerun: value.rerun,
				file: value.file,
				row: value.row,
				where: value.where,
				quote: value.quote,
				fromFractions: value.setting.scale === 'fraction',
				values: {},
				texts: {},
			};
			row.values[value.metric] = value.value;
			row.texts[value.metric] = value.text;
			rows.set(id, row);
		}
		const present = new Set(list.map((value) => value.metric));
		const primary = primaryMetrics.find((metric) => present.has(metric));
		const groupMetrics = [...present].sort((a, b) =>
			a === primary ? -1 : b === primary ? 1 : metricOrder.indexOf(a) - metricOrder.indexOf(b),
		);
		const sortedRows = [...rows.values()].sort((a, b) =>
			primary ? compareByMetric(primary, a.values[primary], b.values[primary]) : 0,
		);
		const notes = new Map<string, { source: string; text: string }>();
		for (const value of list)
			if (value.setting.notes)
				notes.set(`${value.source}\u0000${value.setting.notes}`, {
					source: value.source,
					text: value.setting.notes,
				});
		groups.push({
			key,
			anchor: anchorFor(first.setting, taken),
			setting: first.setting,
			metrics: groupMetrics,
			rows: sortedRows,
			notes: [...notes.values()],
		});
	}
	return groups.sort(
		(a, b) =>
			a.setting.task.localeCompare(b.setting.task) ||
			a.setting.privateData.localeCompare(b.setting.privateData) ||
			b.rows.length - a.rows.length ||
			a.key.localeCompare(b.key),
	);
}

/** The comparable fields in which two settings differ. */
export function settingDifferences(a: ResultSetting, b: ResultSetting): ComparableField[] {
	return comparableFields.filter((field) => a[field] !== b[field]);
}

/**
 * Groups of the same task and private data that differ from `group` in at most `maxFields`
 * comparable fields: the tables a reader might wrongly compare it with, and how they differ.
 */
export function nearbyGroups(
	group: ResultGroup,
	groups: readonly ResultGroup[],
	maxFields = 2,
	/** At most this many, those with the fewest differences first. */
	limit = 3,
): { group: ResultGroup; differences: ComparableField[] }[] {
	return groups
		.filter((other) => other.key !== group.key)
		.filter(
			(other) =>
				other.setting.task === group.setting.task &&
				other.setting.privateData === group.setting.privateData,
		)
		.map((other) => ({
			group: other,
			differences: settingDifferences(group.setting, other.setting),
		}))
		.filter(({ differences }) => differences.length <= maxFields)
		.sort((a, b) => a.differences.length - b.differences.length)
		.slice(0, limit);
}

/** Share of the larger magnitude by which values may differ before they are flagged. */
export const contestedThreshold = 0.1;

export interface ContestedNumber {
	method: string;
	group: ResultGroup;
	metric: Metric;
	/** Every value for this method, setting and metric, one per source row. */
	values: ResultValue[];
	spread: number;
	/** True when the spread exceeds `contestedThreshold` of the largest magnitude. */
	flagged: boolean;
}

/**
 * The same method (without a variant) in the same setting measured by more than one source: its
 * own paper, papers that re-ran it, benchmarks. Ordered flagged first, then by relative spread.
 */
export function contestedNumbers(
	values: readonly ResultValue[],
	groups: readonly ResultGroup[],
): ContestedNumber[] {
	const byKey = new Map<string, ResultValue[]>();
	for (const value of values) {
		if (value.variant) continue;
		const key = `${value.method}\u0000${value.group}\u0000${value.metric}`;
		byKey.set(key, [...(byKey.get(key) ?? []), value]);
	}
	const groupOf = new Map(groups.map((group) => [group.key, group]));
	const contested: ContestedNumber[] = [];
	for (const list of byKey.values()) {
		const first = list[0];
		const group = first && groupOf.get(first.group);
		if (!first || !group || new Set(list.map((value) => value.source)).size < 2) continue;
		const numbers = list.map((value) => value.value);
		const spread = Math.max(...numbers) - Math.min(...numbers);
		const scale = Math.max(...numbers.map(Math.abs));
		contested.push({
			method: first.method,
			group,
			metric: first.metric,
			values: [...list].sort((a, b) => compareByMetric(first.metric, a.value, b.value)),
			spread,
			flagged: scale > 0 && spread > contestedThreshold * scale,
		});
	}
	const relative = (item: ContestedNumber) =>
		item.spread / Math.max(...item.values.map((value) => Math.abs(value.value)), 1e-12);
	return contested.sort(
		(a, b) => Number(b.flagged) - Number(a.flagged) || relative(b) - relative(a),
	);
}

/** How a defense fared against an attack in one source's experiment. */
export type DefenseStatus = 'holds' | 'weakened' | 'broken' | 'no-numbers';

/** Share of the undefended attack success an attack keeps: at most this and the defense holds. */
export const holdsAtMost = 0.5;
/** Above this share the defense is broken; in between, weakened. */
export const brokenAbove = 0.8;

/** Metrics that measure attack success, in order of preference for the defense status. */
const attackSuccessMetrics: readonly Metric[] = primaryMetrics;

export interface DefenseEvidence {
	defense: string;
	attack: string;
	/** The paper whose table holds both numbers. */
	source: string;
	metric: Metric;
	undefended: number;
	defended: number;
	/** Both values' digits for display. */
	texts: { undefended: string; defended: string };
	/** Share of the undefended attack success kept under the defense (see `retainedShare`). */
	retained: number;
	status: Exclude<DefenseStatus, 'no-numbers'>;
	/** Test accuracy without and with the defense, when the source reports both. */
	utility?:
		| { undefended: number; defended: number; texts: { undefended: string; defended: string } }
		| undefined;
	defenseParams?: string | undefined;
	adaptive: boolean;
	/** The defended value, for its link and quote. */
	value: ResultValue;
}

/**
 * Share of attack success kept under a defense: defended / undefended when higher values mean a
 * stronger attack, undefended / defended when lower values do (distances). 1 means no effect.
 */
export function retainedShare(metric: Metric, undefended: number, defended: number): number {
	const higher = (metrics[metric] as MetricTerm).better === 'higher';
	const [numerator, denominator] = higher ? [defended, undefended] : [undefended, defended];
	if (denominator <= 0) return numerator <= 0 ? 1 : Number.POSITIVE_INFINITY;
	return numerator / denominator;
}

export function statusOf(retained: number): DefenseEvidence['status'] {
	if (retained <= holdsAtMost) return 'holds';
	if (retained <= brokenAbove) return 'weakened';
	return 'broken';
}

/**
 * Evidence that a defense holds or not: every defended value paired with the same source's value
 * for the same attack in the same setting without the defense, on the first attack-success metric
 * both report.
 */
export function defenseEvidence(values: readonly ResultValue[]): DefenseEvidence[] {
	const undefendedKey = (value: ResultValue) =>
		[
			value.source,
			value.method,
			value.variant ?? '',
			settingKey({ ...value.setting, defense: undefined, defenseParams: undefined }),
		].join('\u0000');
	const baseline = new Map<string, Map<Metric, ResultValue>>();
	for (const value of values) {
		if (value.setting.defense) continue;
		const key = undefendedKey(value);
		const byMetric = baseline.get(key) ?? new Map<Metric, ResultValue>();
		byMetric.set(value.metric, value);
		baseline.set(key, byMetric);
	}
	const defendedRows = new Map<string, ResultValue[]>();
	for (const value of values) {
		if (!value.setting.defense) continue;
		const id = `${value.file}#${value.row}`;
		defendedRows.set(id, [...(defendedRows.get(id) ?? []), value]);
	}
	const evidence: DefenseEvidence[] = [];
	for (const row of defendedRows.values()) {
		const first = row[0];
		if (!first?.setting.defense) continue;
		const base = baseline.get(undefendedKey(first));
		if (!base) continue;
		const metric = attackSuccessMetrics.find(
			(candidate) => base.has(candidate) && row.some((value) => value.metric === candidate),
		);
		const value = row.find((candidate) => candidate.metric === metric);
		const undefended = metric && base.get(metric);
		if (!metric || !value || !undefended) continue;
		const retained = retainedShare(metric, undefended.value, value.value);
		const defendedUtility = row.find((candidate) => candidate.metric === 'test-accuracy');
		const baseUtility = base.get('test-accuracy');
		evidence.push({
			defense: first.setting.defense,
			attack: first.method,
			source: first.source,
			metric,
			undefended: undefended.value,
			defended: value.value,
			texts: { undefended: undefended.text, defended: value.text },
			retained,
			status: statusOf(retained),
			utility:
				defendedUtility && baseUtility
					? {
							undefended: baseUtility.value,
							defended: defendedUtility.value,
							texts: { undefended: baseUtility.text, defended: defendedUtility.text },
						}
					: undefined,
			defenseParams: first.setting.defenseParams,
			adaptive: Boolean(first.adaptive),
			value,
		});
	}
	return evidence.toSorted(
		(a, b) =>
			a.defense.localeCompare(b.defense) ||
			a.attack.localeCompare(b.attack) ||
			a.source.localeCompare(b.source) ||
			a.retained - b.retained,
	);
}

/**
 * The status of a defense against an attack over all evidence: the weakest result for the
 * defense wins (one experiment that breaks it is enough), `no-numbers` when there is none.
 */
export function pairStatus(evidence: readonly DefenseEvidence[]): DefenseStatus {
	if (evidence.length === 0) return 'no-numbers';
	const order: DefenseEvidence['status'][] = ['holds', 'weakened', 'broken'];
	return evidence.reduce<DefenseEvidence['status']>(
		(worst, item) => (order.indexOf(item.status) > order.indexOf(worst) ? item.status : worst),
		'holds',
	);
}

/** Labels of the setting fields, as tables and captions print them. */
export const settingFieldLabels: Record<ComparableField | 'notes' | 'evaluatorNote', string> = {
	task: 'Task',
	privateData: 'Private data',
	publicData: 'Public data',
	resolution: 'Resolution',
	target: 'Target model',
	evaluator: 'Evaluator',
	evaluatorNote: 'Evaluator',
	access: 'Access',
	classes: 'Classes attacked',
	batchSize: 'Batch size',
	architecture: 'Inverted model',
	split: 'Split point',
	defense: 'Defense',
	defenseParams: 'Defense parameters',
	notes: 'Notes',
};

/**
 * A setting as [field, value] pairs for a caption, vocabulary keys turned into labels;
 * `name` labels catalog ids (the defense).
 */
export function describeSetting(
	setting: ResultSetting,
	name: (id: string) => string,
): [ComparableField, string][] {
	const label = (field: ComparableField, value: string | number): string => {
		switch (field) {
			case 'task':
				return settings[value as keyof typeof settings].label;
			case 'privateData':
			case 'publicData':
				return value === 'none' ? 'none' : datasets[value as keyof typeof datasets].label;
			case 'target':
			case 'evaluator':
			case 'architecture':
				return models[value as keyof typeof models].label;
			case 'access':
				return accessLevels[value as keyof typeof accessLevels].label;
			case 'resolution':
				return `${value}×${value} px`;
			case 'defense':
				return name(String(value));
			default:
				return String(value);
		}
	};
	return comparableFields.flatMap((field) => {
		const value = setting[field];
		return value === undefined ? [] : [[field, label(field, value)] as [ComparableField, string]];
	});
}

/** How a value prints: its digits (a number, or the text as printed), then the metric's unit. */
export function formatValue(metric: Metric, value: number | string): string {
	const unit = (metrics[metric] as MetricTerm).unit;
	return unit === '%' ? `${value} %` : unit ? `${value} ${unit}` : String(value);
}

/** Where a group's table is: its task's results page, at the group's anchor. */
export const groupUrl = (group: ResultGroup): string =>
	resultsUrl(group.setting.task, group.anchor);

/** The tasks that have results, in the registry's order. */
export function resultTasks(groups: readonly ResultGroup[]): Setting[] {
	const present = new Set(groups.map((group) => group.setting.task));
	return (Object.keys(settings) as Setting[]).filter((task) => present.has(task));
}

/**
 * How a nearby group differs, for a link's text: each differing field with the other group's
 * value, e.g. "target model IR-152; public data FFHQ".
 */
export function describeDifference(
	other: ResultSetting,
	differences: readonly ComparableField[],
	name: (id: string) => string,
): string {
	const values = new Map(describeSetting(other, name));
	return differences
		.map(
			(field) =>
				`${settingFieldLabels[field].toLowerCase()} ${values.get(field) ?? 'not recorded'}`,
		)
		.join(', ');
}

/** A setting's short title: private and public data, target or inverted model, access, batch and defense. */
export function settingTitle(setting: ResultSetting, name: (id: string) => string): string {
	const facts = new Map(describeSetting(setting, name));
	const publicData = facts.get('publicData');
	return [
		publicData && publicData !== 'none'
			? `${facts.get('privateData')}, public ${publicData}`
			: facts.get('privateData'),
		facts.get('target'),
		facts.get('architecture') !== facts.get('target') ? facts.get('architecture') : undefined,
		facts.get('access'),
		facts.get('batchSize') ? `batch ${facts.get('batchSize')}` : undefined,
		facts.get('defense')
			? `with ${facts.get('defense')}${setting.defenseParams ? ` (${setting.defenseParams})` : ''}`
			: undefined,
	]
		.filter(Boolean)
		.join(' · ');
}

/**
 * Titles for a list of settings that tell each apart: a setting whose short title repeats gets the
 * fields in which it differs from the others with that title, e.g. "… · White-box (split point
 * conv2)". Settings that differ only in fields the collection does not compare keep their title.
 */
export function distinctTitles(
	settingsList: readonly ResultSetting[],
	name: (id: string) => string,
): string[] {
	const titles = settingsList.map((setting) => settingTitle(setting, name));
	return settingsList.map((setting, index) => {
		const title = titles[index] ?? '';
		const twins = settingsList.filter((_, at) => at !== index && titles[at] === title);
		if (twins.length === 0) return title;
		const fields = comparableFields.filter((field) =>
			twins.some((twin) => settingDifferences(setting, twin).includes(field)),
		);
		const own = new Map(describeSetting(setting, name));
		const detail = fields
			.map(
				(field) => `${settingFieldLabels[field].toLowerCase()} ${own.get(field) ?? 'not recorded'}`,
			)
			.join(', ');
		return detail ? `${title} (${detail})` : title;
	});
}

export interface PaperResults {
	/** Tables holding numbers read from this paper, with how many numbers each. */
	reports: { group: ResultGroup; count: number }[];
	/**
	 * Numbers other papers measured for this paper's method (an attack) or with it (a defense),
	 * one entry per source and setting, primary metric first.
	 */
	measuredByOthers: { source: string; group: ResultGroup; values: ResultValue[] }[];
}

/** What the results collection holds from and about one paper, for its page. */
export function resultsForPaper(
	id: string,
	values: readonly ResultValue[],
	groups: readonly ResultGroup[],
): PaperResults {
	const groupOf = new Map(groups.map((group) => [group.key, group]));
	const reports = new Map<string, { group: ResultGroup; count: number }>();
	const others = new Map<string, { source: string; group: ResultGroup; values: ResultValue[] }>();
	for (const value of values) {
		const group = groupOf.get(value.group);
		if (!group) continue;
		if (value.source === id) {
			const entry = reports.get(group.key) ?? { group, count: 0 };
			entry.count += 1;
			reports.set(group.key, entry);
		} else if (value.method === id || value.setting.defense === id) {
			const key = `${value.source}\u0000${group.key}`;
			const entry = others.get(key) ?? { source: value.source, group, values: [] };
			entry.values.push(value);
			others.set(key, entry);
		}
	}
	const order = (metric: Metric) => {
		const index = primaryMetrics.indexOf(metric);
		return index === -1 ? primaryMetrics.length : index;
	};
	return {
		reports: [...reports.values()],
		measuredByOthers: [...others.values()].map((entry) => ({
			...entry,
			values: entry.values.toSorted((a, b) => order(a.metric) - order(b.metric) || a.row - b.row),
		})),
	};
}

/** Every (attack, defense, source) run that the collection holds a defended number for. */
export function measuredRuns(
	values: readonly ResultValue[],
): { attack: string; defense: string; source: string }[] {
	const runs = new Map<string, { attack: string; defense: string; source: string }>();
	for (const value of values) {
		const defense = value.setting.defense;
		if (!defense) continue;
		runs.set(`${value.method}\u0000${defense}\u0000${value.source}`, {
			attack: value.method,
			defense,
			source: value.source,
		});
	}
	return [...runs.values()];
}

/** Fragment id of a defense-attack pair's first evidence row on /results/. */
export const evidenceAnchor = (defense: string, attack: string): string =>
	`evidence-${defense}-${attack}`;

/** Evidence grouped by defense and attack (key `defense|attack`), in the order given. */
export function evidenceByPair(
	evidence: readonly DefenseEvidence[],
): Map<string, DefenseEvidence[]> {
	const pairs = new Map<string, DefenseEvidence[]>();
	for (const item of evidence) {
		const key = `${item.defense}|${item.attack}`;
		pairs.set(key, [...(pairs.get(key) ?? []), item]);
	}
	return pairs;
}

/**
 * The data of a group's progress chart: each attack's best top-1 attack accuracy in the group,
 * at the year of the attack's first version. Only undefended groups with attack accuracy for at
 * least `minMethods` attacks of at least two different years get a chart.
 */
export function progressPoints(
	group: ResultGroup,
	yearOf: (id: string) => number | undefined,
	name: (id: string) => string,
	minMethods = 3,
): { year: number; value: number; label: string; method: string }[] | undefined {
	if (group.setting.defense || !group.metrics.includes('attack-accuracy')) return undefined;
	const best = new Map<string, number>();
	for (const row of group.rows) {
		const value = row.values['attack-accuracy'];
		if (value === undefined || row.variant) continue;
		best.set(row.method, Math.max(value, best.get(row.method) ?? -Infinity));
	}
	const points = [...best].flatMap(([method, value]) => {
		const year = yearOf(method);
		return year === undefined ? [] : [{ year, value, label: name(method), method }];
	});
	if (points.length < minMethods || new Set(points.map((point) => point.year)).size < 2)
		return undefined;
	return points.toSorted((a, b) => a.year - b.year || b.value - a.value);
}

/** What a chapter names to quote one number: the results file, the setting, the method, the metric. */
export interface ReportedQuery {
	file: string;
	setting: string;
	method: string;
	metric: string;
	/** The row's variant, when the row is a modified version of the method. */
	variant?: string | undefined;
}

/**
 * The one value a chapter quotes. Throws, naming what was asked and what exists, when no value or
 * more than one matches, so that a wrong reference fails the build instead of printing nothing.
 */
export function findReported(values: readonly ResultValue[], query: ReportedQuery): ResultValue {
	const where = `content/results/${query.file}.yaml`;
	const inFile = values.filter((value) => value.file === query.file);
	if (inFile.length === 0)
		throw new Error(`<Reported>: no results file ${where} (check the from attribute)`);
	const matches = inFile.filter(
		(value) =>
			value.settingName === query.setting &&
			value.method === query.method &&
			value.metric === query.metric &&
			(value.variant ?? '') === (query.variant ?? ''),
	);
	if (matches.length === 1 && matches[0]) return matches[0];
	const options = [
		...new Set(
			inFile
				.filter((value) => value.method === query.method)
				.map(
					(value) =>
						`setting="${value.settingName}" metric="${value.metric}"${value.variant ? ` variant="${value.variant}"` : ''}`,
				),
		),
	];
	throw new Error(
		matches.length === 0
			? `<Reported>: ${where} has no ${query.metric} for ${query.method} in setting ${query.setting}${query.variant ? ` (variant ${query.variant})` : ''}; for ${query.method} it has: ${options.join('; ') || 'nothing'}`
			: `<Reported>: ${where} has ${matches.length} rows for ${query.method}, ${query.setting}, ${query.metric}; name the variant`,
	);
}

/** Counts for one task, for the overview of /results/ and the head of the task's page. */
export interface TaskSummary {
	task: Setting;
	settings: number;
	numbers: number;
	methods: number;
	sources: number;
}

/** One summary per task that has results, in the registry's order. */
export function summarizeTasks(
	values: readonly ResultValue[],
	groups: readonly ResultGroup[],
): TaskSummary[] {
	return resultTasks(groups).map((task) => {
		const inTask = values.filter((value) => value.setting.task === task);
		return {
			task,
			settings: groups.filter((group) => group.setting.task === task).length,
			numbers: inTask.length,
			methods: new Set(inTask.map((value) => value.method)).size,
			sources: new Set(inTask.map((value) => value.source)).size,
		};
	});
}

/**
 * The fragment id of each evidence row: the first row of every defense-attack pair carries
 * `evidenceAnchor`, which the matrix links to; the pair's later rows carry none.
 */
export function evidenceRowIds(evidence: readonly DefenseEvidence[]): (string | undefined)[] {
	const seen = new Set<string>();
	return evidence.map((item) => {
		const id = evidenceAnchor(item.defense, item.attack);
		if (seen.has(id)) return undefined;
		seen.add(id);
		return id;
	});
}
