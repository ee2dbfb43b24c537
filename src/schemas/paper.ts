import { z } from 'astro/zod';
import { assumptionSetSchema } from './assumptions.ts';
import {
	accessLevels,
	attackFamilies,
	datasets,
	defenseCategories,
	defenseStages,
	keysOf,
	metrics,
	modalities,
	priors,
	settings,
	venueKinds,
	type PaperKind,
} from '../lib/catalog/vocabulary.ts';

/** Catalog ids: lowercase ASCII, starting with a letter, e.g. `zhang2020-gmi`. */
export const paperIdPattern = /^[a-z][a-z0-9-]*$/;
/** New-style arXiv ids (`2301.01234`, `0704.0001`) or old-style ones (`cs/0112017`), no version suffix. */
export const arxivPattern = /^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/;
/** DOIs as registered: `10.<registrant>/<suffix>`, without a resolver prefix. */
export const doiPattern = /^10\.\d{4,9}\/\S+$/;

const paperId = z.string().regex(paperIdPattern, {
	error: 'must be a catalog id such as "zhang2020-gmi" (lowercase letters, digits and hyphens)',
});

/** Where the paper appeared. */
export const venueSchema = z.strictObject({
	/** Full name of the conference, journal or workshop, e.g. "IEEE/CVF Conference on Computer Vision and Pattern Recognition". */
	name: z.string().min(3),
	/** Common short name, e.g. "CVPR". */
	short: z.string().min(2).optional(),
	/** What kind of venue it is. */
	kind: z.enum(keysOf(venueKinds)),
	/** Year of the venue's publication, when it differs from the first public version. */
	year: z.int().min(1950).max(2100).optional(),
});

/** Fields every catalog entry has, whatever its kind. */
const commonFields = {
	/** Title exactly as published (the venue version when there is one). */
	title: z.string().min(5),
	/** Full author names, in the order printed on the paper. */
	authors: z.array(z.string().min(2)).min(1),
	/** Year of the first public version (preprint or proceedings, whichever came first). */
	year: z.int().min(1950).max(2100),
	/** Where it was published; omitted when not verified. */
	venue: venueSchema.optional(),
	/** arXiv identifier without version, e.g. "1911.07135". */
	arxiv: z
		.string()
		.regex(arxivPattern, { error: 'must be an arXiv id such as "1911.07135" (no "v2", no URL)' })
		.optional(),
	/** DOI without resolver prefix, e.g. "10.1145/2810103.2813677". */
	doi: z
		.string()
		.regex(doiPattern, {
			error: 'must be a bare DOI such as "10.1145/2810103.2813677" (no https://doi.org/)',
		})
		.optional(),
	/** Canonical landing page (proceedings page) when there is no arXiv id or DOI, or in addition to them. */
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** Official implementation released by the authors. */
	code: z.url({ protocol: /^https?$/ }).optional(),
	/**
	 * Name of the method, benchmark or toolkit as the field uses it (e.g. "GMI", "KED-MI", "DLG"): the
	 * paper's own name, or, when the paper names none, the name later papers consistently use for it
	 * (the `# verified:` note says which). Several named methods are joined with "/". Omitted when no
	 * name is in use. Shown in tables, the matrix, search and the paper page.
	 */
	short: z
		.string()
		.min(2)
		.max(40)
		.regex(/^\S(.*\S)?$/, { error: 'must not start or end with a space' })
		.optional(),
	/** Date the entry entered the catalog (YYYY-MM-DD). */
	added: z.coerce.date(),
	/** One or two sentences, in our own words, on what the paper contributes. */
	summary: z.string().min(20),
	/** Datasets used in the paper's experiments (keys of the `datasets` vocabulary). */
	datasets: z.array(z.enum(keysOf(datasets))).optional(),
	/** Evaluation metrics reported (keys of the `metrics` vocabulary). */
	metrics: z.array(z.enum(keysOf(metrics))).optional(),
};

export const attackSchema = z.strictObject({
	...commonFields,
	kind: z.literal('attack'),
	/** What kind of system is attacked. */
	setting: z.enum(keysOf(settings)),
	/** Kind of data the attack recovers. */
	modality: z.enum(keysOf(modalities)).optional(),
	/** What the adversary can observe; several when the paper covers several threat models. */
	access: z.array(z.enum(keysOf(accessLevels))).min(1),
	/** Technique family, following the taxonomy of Yang et al. (2025). */
	family: z.enum(keysOf(attackFamilies)).optional(),
	/** Prior knowledge the attack relies on. */
	prior: z.enum(keysOf(priors)).optional(),
	/** Attacks whose method this attack explicitly extends (stated in the paper). */
	buildsOn: z.array(paperId).optional(),
	/** Attacks run as baselines in this paper's experiments. */
	comparedWith: z.array(paperId).optional(),
	/** Defenses this paper runs its attack against in its experiments. */
	evaluatedAgainst: z.array(paperId).optional(),
	/**
	 * The threat models the attack works under, each read in the paper (the `# assumptions:` note
	 * quotes where); one set per variant. Omitted until someone has read them.
	 */
	assumptions: z.array(assumptionSetSchema).min(1).optional(),
});

export const defenseSchema = z.strictObject({
	...commonFields,
	kind: z.literal('defense'),
	/** Mechanism of the defense. */
	category: z.enum(keysOf(defenseCategories)),
	/** When the defense is applied. */
	stage: z.enum(keysOf(defenseStages)).optional(),
	/** Defenses whose method this defense explicitly extends (stated in the paper). */
	buildsOn: z.array(paperId).optional(),
	/** Defenses run as baselines in this paper's experiments. */
	comparedWith: z.array(paperId).optional(),
	/** Attacks this defense is evaluated against in its experiments. */
	evaluatedAgainst: z.array(paperId).optional(),
});

/** The kinds with no fields of their own: every kind in the registry but attack and defense. */
const otherKinds = ['survey', 'benchmark', 'analysis'] as const;
const otherSchema = <K extends (typeof otherKinds)[number]>(kind: K) =>
	z.strictObject({
		...commonFields,
		kind: z.literal(kind),
		/** Earlier catalog entries whose method or framework this work explicitly extends. */
		buildsOn: z.array(paperId).optional(),
		/** Attacks and defenses this work re-runs or measures in its own experiments. */
		evaluates: z.array(paperId).optional(),
	});

/** Fails to compile when the registry gains a kind that has no schema here. */
const everyKindHasASchema: Exclude<
	PaperKind,
	'attack' | 'defense' | (typeof otherKinds)[number]
> extends never
	? true
	: never = true;
void everyKindHasASchema;

const kindSchemas = [
	attackSchema,
	defenseSchema,
	otherSchema(otherKinds[0]),
	otherSchema(otherKinds[1]),
	otherSchema(otherKinds[2]),
] as const;

/** One catalog entry; `kind` decides which extra fields apply. */
export const paperSchema = z
	.discriminatedUnion('kind', kindSchemas)
	.refine((paper) => paper.arxiv ?? paper.doi ?? paper.url, {
		error:
			'needs at least one of arxiv, doi or url (add the arXiv id, the DOI or the publisher page so readers can find the paper)',
		path: ['arxiv'],
	});

/** Fields the data exports add to each entry. */
const exportedFields = {
	/** Catalog id, also the file name and the URL slug. */
	id: paperId,
	/** Date the entry entered the catalog. */
	added: z.iso.date(),
	/** Absolute URL of the paper's page in the Atlas. */
	page: z.url(),
	/** BibTeX entry keyed by the catalog id. */
	bibtex: z.string(),
};

/** One record of `/data/papers.json`. */
export const exportedPaperSchema = z.discriminatedUnion(
	'kind',
	kindSchemas.map((schema) => schema.extend(exportedFields)) as unknown as [
		ReturnType<typeof attackSchema.extend<typeof exportedFields>>,
		ReturnType<typeof defenseSchema.extend<typeof exportedFields>>,
	],
);

export type PaperData = z.infer<typeof paperSchema>;
export type Paper = PaperData & { id: string };
