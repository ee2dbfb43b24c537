import { z } from 'astro/zod';
import {
	accessLevels,
	datasets,
	keysOf,
	metrics,
	models,
	resultSourceKinds,
	settings as paperSettings,
} from '../lib/catalog/vocabulary.ts';
import { paperIdPattern } from './paper.ts';

const paperId = z.string().regex(paperIdPattern, {
	error: 'must be a catalog id such as "zhang2020-gmi" (lowercase letters, digits and hyphens)',
});

/** Names of settings inside one results file: kebab-case, e.g. `celeba-ffhq-vgg16`. */
export const settingNamePattern = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The experimental setting a number was measured in. Two numbers are shown in one table only when
 * every field below except `notes` is the same (see `comparableFields` in src/lib/catalog/results.ts).
 */
export const resultSettingSchema = z.strictObject({
	/** The kind of system attacked (key of the `settings` vocabulary). */
	task: z.enum(keysOf(paperSettings)),
	/** Dataset the target model was trained on, i.e. the private data the attack recovers. */
	privateData: z.enum(keysOf(datasets)),
	/** Public or auxiliary data the attack uses (its prior), or `none`. Omitted when not stated. */
	publicData: z.union([z.enum(keysOf(datasets)), z.literal('none')]).optional(),
	/** Image side in pixels, for image data. */
	resolution: z.int().min(1).max(4096).optional(),
	/** Target model architecture (key of the `models` vocabulary). */
	target: z.enum(keysOf(models)).optional(),
	/** Evaluation model that judged attack accuracy (key of the `models` vocabulary). */
	evaluator: z.enum(keysOf(models)).optional(),
	/** What else identifies the evaluator, e.g. "face.evoLVe FaceNet trained on the private data". */
	evaluatorNote: z.string().min(3).optional(),
	/** What the adversary observes (key of the `access` vocabulary). */
	access: z.enum(keysOf(accessLevels)),
	/** Number of target classes or identities attacked. */
	classes: z.int().positive().optional(),
	/** Gradient inversion: number of inputs reconstructed from one gradient. */
	batchSize: z.int().positive().optional(),
	/** Gradient inversion and split inference: the model whose gradients or features are inverted. */
	architecture: z.enum(keysOf(models)).optional(),
	/** Split inference: where the model is cut, as the paper describes it. */
	split: z.string().min(2).optional(),
	/** Defense applied to the target (a catalog id of kind defense); omitted when undefended. */
	defense: paperId.optional(),
	/** The defense's hyper-parameters as printed, e.g. "β = 0.003". */
	defenseParams: z.string().min(1).optional(),
	/**
	 * `fraction` when the source prints percentages as fractions of 1 (0.60 for 60 %): values are
	 * recorded as printed and shown converted, marked as such.
	 */
	scale: z.literal('fraction').optional(),
	/** Anything else that defines the setting, shown beside every number measured in it. */
	notes: z.string().min(3).optional(),
});

/** One row of a source's table: one method in one setting, with one or more metric values. */
export const resultRowSchema = z.strictObject({
	/** The attack measured in this row (a catalog id of kind attack). */
	method: paperId,
	/** When the row is a modified version of the method, as the source names it (e.g. "GMI + LOM"). */
	variant: z.string().min(1).optional(),
	/** Name of a setting defined under `settings` in the same file. */
	setting: z.string().regex(settingNamePattern, {
		error: 'must name a setting of this file (lowercase letters, digits and hyphens)',
	}),
	/** Where in the source the row is: table or figure number, row and columns. */
	where: z.string().min(5),
	/** The row as printed in the source, so a reader can find and check it. */
	quote: z.string().min(1),
	/** Metric key (from the `metrics` vocabulary) -> value exactly as printed. */
	values: z.partialRecord(z.enum(keysOf(metrics)), z.number()),
	/** True when the source says the attack was adapted to the defense it is run against. */
	adaptive: z.boolean().optional(),
	/**
	 * Why a defended row has no test accuracy beside it (e.g. "not reported in this table"). Every
	 * defense result carries the defended model's utility unless this says why not.
	 */
	noUtility: z.string().min(5).optional(),
});

/** One file of `content/results/`: numbers read from one source document. */
export const resultFileSchema = z.strictObject({
	/** Catalog id of the paper (or benchmark) whose tables the numbers come from. */
	source: paperId,
	/** How the numbers were read: the paper's tables, a README table or a benchmark. */
	sourceKind: z.enum(keysOf(resultSourceKinds)),
	/** The full text that was read: a permanent URL (a repository file at a commit, a DOI, an arXiv PDF). */
	document: z.url({ protocol: /^https?$/ }),
	/** Settings used by the rows, by name. */
	settings: z.record(
		z.string().regex(settingNamePattern, {
			error: 'setting names are lowercase letters, digits and hyphens',
		}),
		resultSettingSchema,
	),
	/** The rows read from the source. */
	results: z.array(resultRowSchema).min(1),
});

export type ResultSetting = z.infer<typeof resultSettingSchema>;
export type ResultRow = z.infer<typeof resultRowSchema>;
export type ResultFileData = z.infer<typeof resultFileSchema>;
/** A results file with its id (the file name without `.yaml`). */
export type ResultFile = ResultFileData & { id: string };

/** One record of `/data/results.json` and one row of `/data/results.csv`: a single number. */
export const exportedResultSchema = z.strictObject({
	/** Catalog id of the paper whose table holds the number. */
	source: paperId,
	/** How the number was read: the paper's tables, a README table or a benchmark. */
	sourceKind: z.enum(keysOf(resultSourceKinds)),
	/** The full text that was read. */
	document: z.url(),
	/** Catalog id of the attack measured. */
	method: paperId,
	/** Modified version of the method, as the source names it. */
	variant: z.string().optional(),
	/** True when the source re-ran another paper's method (a baseline or benchmark run). */
	rerun: z.boolean(),
	/** True when the source says the attack was adapted to the defense. */
	adaptive: z.boolean().optional(),
	/** Metric key (see /metrics/). */
	metric: z.enum(keysOf(metrics)),
	/** The value in the metric's unit (percentages printed as fractions converted). */
	value: z.number(),
	/** The value exactly as the source printed it. */
	printed: z.number(),
	/** Unit of `value`, empty for unitless metrics. */
	unit: z.string(),
	/** Which direction is better for the attack (or, for test accuracy, the model). */
	better: z.enum(['higher', 'lower']),
	/** Where in the source: table or figure, row and columns. */
	where: z.string(),
	/** The row as printed in the source. */
	quote: z.string(),
	/** Key of the group of identical settings (the comparable setting fields joined by "|"). */
	group: z.string(),
	/** The setting the number was measured in. */
	setting: resultSettingSchema,
});

export type ExportedResult = z.infer<typeof exportedResultSchema>;
