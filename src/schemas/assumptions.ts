import { z } from 'astro/zod';
import {
	auxiliaryData,
	keysOf,
	knowledgeItems,
	observations,
	serverBehaviors,
	trainedModels,
} from '../lib/catalog/vocabulary.ts';

/**
 * One threat model an attack works under, read from the paper's threat-model and experiments
 * sections. Every field is optional beyond `observes`: a missing value means "not recorded",
 * never "no". An attack lists several sets when the paper covers several threat models.
 */
export const assumptionSetSchema = z.strictObject({
	/** Name of the variant, when the paper has several threat models, e.g. "black-box". */
	name: z.string().min(2).optional(),
	/** Everything the adversary observes in this threat model (all of them). */
	observes: z.array(z.enum(keysOf(observations))).min(1),
	/** With `top-k-scores`: how many scores the adversary sees. */
	topK: z.int().positive().optional(),
	/** With `gradients`: the largest batch the paper reconstructs from one update. */
	gradientBatch: z.int().positive().optional(),
	/** The query budget as the paper states it, e.g. "30,000 queries per attack". */
	queryBudget: z.string().min(3).optional(),
	/** Models the attack trains for itself. */
	trains: z
		.array(z.enum(keysOf(trainedModels)))
		.min(1)
		.optional(),
	/** Federated learning: how the attacking server behaves. */
	server: z.enum(keysOf(serverBehaviors)).optional(),
	/** What the adversary knows: true when the attack needs it, false when the paper says it does not. */
	knows: z.partialRecord(z.enum(keysOf(knowledgeItems)), z.boolean()).optional(),
	/** The auxiliary data the paper shows the attack working with (any of them). */
	brings: z
		.array(z.enum(keysOf(auxiliaryData)))
		.min(1)
		.optional(),
	/** A pre-trained model the attack brings, e.g. "StyleGAN2 trained on FFHQ". */
	pretrained: z.string().min(3).optional(),
});

export type AssumptionSet = z.infer<typeof assumptionSetSchema>;
