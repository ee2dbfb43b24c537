import type { PaperKind } from './vocabulary.ts';

/** Figures about the catalog shown on the home page. */
export interface CatalogStats {
	count: number;
	firstYear?: number;
	lastYear?: number;
	byKind: Partial<Record<PaperKind, number>>;
}

export function catalogStats(papers: readonly { year: number; kind: PaperKind }[]): CatalogStats {
	const byKind: Partial<Record<PaperKind, number>> = {};
	for (const paper of papers) byKind[paper.kind] = (byKind[paper.kind] ?? 0) + 1;
	if (papers.length === 0) return { count: 0, byKind };
	const years = papers.map((paper) => paper.year);
	return {
		count: papers.length,
		firstYear: Math.min(...years),
		lastYear: Math.max(...years),
		byKind,
	};
}
