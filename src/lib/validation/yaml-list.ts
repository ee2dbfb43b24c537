/**
 * Reads a YAML file that holds a list of items (`content/concepts.yaml`, `content/excluded.yaml`)
 * and checks it against its schema. A missing file is an empty list; a YAML syntax error or a
 * schema problem comes back as problems naming the file, the item and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { describeIssue } from './issue-messages.ts';
import type { Problem } from './catalog.ts';

export function readYamlList<T>(
	path: string,
	schema: z.ZodType<T[]>,
	/** Where the fields are documented, named in "is required" messages. */
	schemaFile: string,
): { file: string; items: T[] | undefined; problems: Problem[] } {
	const file = relative(process.cwd(), path);
	if (!existsSync(path)) return { file, items: [], problems: [] };
	let data: unknown;
	try {
		data = parseYaml(readFileSync(path, 'utf8'));
	} catch (error) {
		const detail = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
		return {
			file,
			items: undefined,
			problems: [{ file, field: '(yaml)', message: `${detail} (fix the YAML syntax)` }],
		};
	}
	const parsed = schema.safeParse(data ?? [], { reportInput: true });
	if (!parsed.success)
		return {
			file,
			items: undefined,
			problems: parsed.error.issues.map((issue) => ({
				file,
				...describeIssue(issue, schemaFile),
			})),
		};
	return { file, items: parsed.data, problems: [] };
}
