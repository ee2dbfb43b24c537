/**
 * The catalog as pages see it: content-collection entries turned into plain `Paper` objects.
 * Only Astro pages and components import this module (it needs `astro:content`).
 */
import { getCollection } from 'astro:content';
import type { Paper } from '../../schemas/paper.ts';
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
