import { z } from 'astro/zod';

/**
 * A concept the glossary explains in prose for newcomers (`content/concepts.yaml`), besides the
 * catalog's vocabularies. Citations in `text` use the chapters' Pandoc style: `[@zhang2020-gmi]`.
 */
export const conceptSchema = z.strictObject({
	/** Anchor on the glossary page (`#concept-<id>`): lowercase letters, digits and hyphens. */
	id: z
		.string()
		.regex(/^[a-z][a-z0-9-]*$/, { error: 'must be lowercase letters, digits and hyphens' }),
	/** The term as readers meet it, e.g. "DP-SGD". */
	term: z.string().min(2),
	/** Other names readers may search for. */
	aka: z.array(z.string().min(2)).optional(),
	/** Two to four sentences in our own words; may cite catalog entries. */
	text: z.string().min(40),
	/** Links into the chapters (site paths with an optional #fragment) for more. */
	see: z
		.array(
			z.string().regex(/^\/[a-z0-9/#-]*$/, {
				error: 'must be a site path such as /chapters/defenses/#dp-bounds',
			}),
		)
		.optional(),
});

/** The whole file: a list of concepts. */
export const conceptListSchema = z.array(conceptSchema);

export type Concept = z.infer<typeof conceptSchema>;
