/**
 * The catalog as pages see it: content-collection entries turned into plain `Paper` objects,
 * reported numbers and the papers each chapter cites.
 * Only Astro pages and components import this module (it needs `astro:content`).
 */
import { getCollection, render } from 'astro:content';
import type { Paper } from '../../schemas/paper.ts';
import { publishedChapters } from '../chapters/navigation.ts';
import type { ChapterCitations } from './paper-page.ts';
import { flattenResults, type ResultValue } from './results.ts';

/** Every paper, ordered by id so that generated files are stable from build to build. */
export async function getPapers(): Promise<Paper[]> {
	return (await getCollection('papers'))
		.map((entry) => ({ ...entry.data, id: entry.id }))
		.toSorted((a, b) => a.id.localeCompare(b.id));
}

/** Every reported number, flattened from `content/results/` (see src/lib/catalog/results.ts). */
export async function getResultValues(): Promise<ResultValue[]> {
	const files = (await getCollection('results')).map((entry) => ({ ...entry.data, id: entry.id }));
	return flattenResults(files);
}

/** The papers each published chapter cites, in survey order (rendering collects the citations). */
export async function getChapterCitations(): Promise<ChapterCitations[]> {
	const cited: ChapterCitations[] = [];
	for (const chapter of publishedChapters(await getCollection('chapters'))) {
		const { remarkPluginFrontmatter } = await render(chapter);
		const citations = (remarkPluginFrontmatter['citations'] ?? []) as string[];
		cited.push({ id: chapter.id, title: chapter.data.title, citations });
	}
	return cited;
}
