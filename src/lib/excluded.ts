/**
 * The papers deliberately left out of the catalog (`content/excluded.yaml`): read, checked against
 * the schema, and checked against the catalog, since a paper cannot be both in and out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { excludedListSchema, type Excluded } from '../schemas/excluded.ts';
import type { Paper } from '../schemas/paper.ts';
import { describeIssue } from './issue-messages.ts';
import { normaliseTitle, type Problem } from './validate.ts';

/** Reads `path` (a missing file is an empty list); problems name the item and the field. */
export function loadExcluded(
	path: string,
	papers: readonly Paper[],
): { excluded: Excluded[]; problems: Problem[] } {
	if (!existsSync(path)) return { excluded: [], problems: [] };
	const file = relative(process.cwd(), path);
	let data: unknown;
	try {
		data = parseYaml(readFileSync(path, 'utf8'));
	} catch (error) {
		const detail = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
		return {
			excluded: [],
			problems: [{ file, field: '(yaml)', message: `${detail} (fix the YAML syntax)` }],
		};
	}
	const parsed = excludedListSchema.safeParse(data ?? [], { reportInput: true });
	if (!parsed.success)
		return {
			excluded: [],
			problems: parsed.error.issues.map((issue) => ({ file, ...describeIssue(issue) })),
		};
	const byTitle = new Map(papers.map((paper) => [normaliseTitle(paper.title), paper.id]));
	const byArxiv = new Map(
		papers.flatMap((paper) => (paper.arxiv ? [[paper.arxiv, paper.id]] : [])),
	);
	const problems: Problem[] = [];
	for (const [index, item] of parsed.data.entries()) {
		const inCatalog =
			byTitle.get(normaliseTitle(item.title)) ?? (item.arxiv ? byArxiv.get(item.arxiv) : undefined);
		if (inCatalog && item.reason !== 'duplicate')
			problems.push({
				file,
				field: `${index}.title`,
				message: `"${item.title}" is also in the catalog as ${inCatalog} (a paper is either in the catalog or excluded: remove one)`,
			});
	}
	const excluded = parsed.data.toSorted(
		(a, b) => a.reason.localeCompare(b.reason) || a.title.localeCompare(b.title, 'en'),
	);
	return { excluded, problems };
}
