/**
 * JSON Schemas generated from the zod schemas, so editors and data users validate against exactly
 * what the build checks: one for a catalog entry as written in YAML, one for `/data/papers.json`.
 */
import { z } from 'astro/zod';
import { exportedPaperSchema, paperSchema } from '../../schemas/paper.ts';
import { exportedResultSchema } from '../../schemas/result.ts';
import { permanentUrl } from '../../site.ts';

type JsonSchema = Record<string, unknown>;

/** Dates are written as YYYY-MM-DD in YAML; zod's date type has no JSON Schema equivalent. */
const dateAsString = (ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
	const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
	if (def.type === 'date') {
		ctx.jsonSchema['type'] = 'string';
		ctx.jsonSchema['format'] = 'date';
	}
};

/** Schema of one `content/papers/<id>.yaml` file. */
export function paperEntryJsonSchema(): JsonSchema {
	return {
		...z.toJSONSchema(paperSchema, { io: 'input', unrepresentable: 'any', override: dateAsString }),
		$id: permanentUrl('/data/paper.schema.json'),
		title: 'Model Inversion Atlas catalog entry',
	};
}

/**
 * Schema of a `/data/*.json` export: the schema's URL, the edition, a count and the records under
 * `key`, described by `records`.
 */
function exportJsonSchema(
	key: string,
	records: z.ZodType,
	path: string,
	title: string,
	options: Parameters<typeof z.toJSONSchema>[1] = {},
): JsonSchema {
	return {
		...z.toJSONSchema(
			z.strictObject({
				/** URL of this schema. */
				$schema: z.url(),
				/** Survey edition the data belongs to. */
				edition: z.string(),
				/** Number of records. */
				count: z.int(),
				[key]: z.array(records),
			}),
			options,
		),
		$id: permanentUrl(path),
		title,
	};
}

/** Schema of `/data/papers.json`. */
export function papersExportJsonSchema(): JsonSchema {
	return {
		...exportJsonSchema(
			'papers',
			exportedPaperSchema,
			'/data/papers.schema.json',
			'Model Inversion Atlas catalog export',
			{ override: dateAsString },
		),
		description:
			'The catalog as JSON: one record per paper. Identifiers are strings: `arxiv` is the bare arXiv id ' +
			'("2406.10280", never a number), `doi` the bare DOI. /data/papers.csv has the same records; ' +
			'there the arXiv id is written "arXiv:2406.10280" so that pandas read_csv and spreadsheets ' +
			'keep it as text instead of reading 2406.1028.',
	};
}

/** Schema of `/data/results.json`. */
export const resultsExportJsonSchema = (): JsonSchema =>
	exportJsonSchema(
		'results',
		exportedResultSchema,
		'/data/results.schema.json',
		'Model Inversion Atlas reported results export',
	);
