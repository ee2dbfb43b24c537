/**
 * The papers deliberately left out of the catalog (`content/excluded.yaml`): read, checked against
 * the schema, and checked against the catalog, since a paper cannot be both in and out.
 */
import { excludedListSchema, type Excluded } from '../../schemas/excluded.ts';
import type { Paper } from '../../schemas/paper.ts';
import { normaliseTitle, type Problem } from '../validation/catalog.ts';
import { readYamlList } from '../validation/yaml-list.ts';

/** Reads `path` (a missing file is an empty list); problems name the item and the field. */
export function loadExcluded(
	path: string,
	papers: readonly Paper[],
): { excluded: Excluded[]; problems: Problem[] } {
	const read = readYamlList(path, excludedListSchema, 'src/schemas/excluded.ts');
	const { file } = read;
	if (!read.items) return { excluded: [], problems: read.problems };
	const byTitle = new Map(papers.map((paper) => [normaliseTitle(paper.title), paper.id]));
	const byArxiv = new Map(
		papers.flatMap((paper) => (paper.arxiv ? [[paper.arxiv, paper.id]] : [])),
	);
	const problems: Problem[] = [];
	for (const [index, item] of read.items.entries()) {
		const inCatalog =
			byTitle.get(normaliseTitle(item.title)) ?? (item.arxiv ? byArxiv.get(item.arxiv) : undefined);
		if (inCatalog && item.reason !== 'duplicate')
			problems.push({
				file,
				field: `${index}.title`,
				message: `"${item.title}" is also in the catalog as ${inCatalog} (a paper is either in the catalog or excluded: remove one)`,
			});
	}
	const excluded = read.items.toSorted(
		(a, b) => a.reason.localeCompare(b.reason) || a.title.localeCompare(b.title, 'en'),
	);
	return { excluded, problems };
}
