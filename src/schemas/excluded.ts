import { z } from 'astro/zod';
import { exclusionReasons, keysOf } from '../lib/catalog/vocabulary.ts';
import { arxivPattern } from './paper.ts';

/**
 * A paper that public model-inversion lists hold but the catalog deliberately leaves out, with
 * the reason. One item of the list in `content/excluded.yaml`, shown on the "Scope and method" page.
 */
export const excludedSchema = z.strictObject({
	/** Title as the paper itself prints it. */
	title: z.string().min(5),
	/** Year of the first public version, when known. */
	year: z.int().min(1950).max(2100).optional(),
	/** arXiv identifier, when the paper has one (helps readers find it). */
	arxiv: z.string().regex(arxivPattern).optional(),
	/** Where the paper was met: a public list or survey that includes it. */
	listedIn: z.string().min(3),
	/** Why it is not in the catalog (key of `exclusionReasons`). */
	reason: z.enum(keysOf(exclusionReasons)),
	/** One sentence on why, in our words. */
	note: z.string().min(10),
});

/** The whole file: a list of excluded papers. */
export const excludedListSchema = z.array(excludedSchema);

export type Excluded = z.infer<typeof excludedSchema>;
