/**
 * The contents of the `/data/` files, computed from the catalog. Kept apart from the endpoints so
 * that every file agrees on the records and the endpoints stay one line each.
 */
import type { Paper } from '../../schemas/paper.ts';
import { formatBibtex } from '../citation/bibtex.ts';
import { exportPaper, papersToCsv, type ExportedPaper } from './paper-records.ts';
import { permanentUrl, site } from '../../site.ts';

export function exportedPapers(papers: readonly Paper[]): ExportedPaper[] {
	return papers.map((paper) => exportPaper(paper, formatBibtex([paper]), permanentUrl));
}

export function papersJson(papers: readonly Paper[]): string {
	const records = exportedPapers(papers);
	return `${JSON.stringify(
		{
			$schema: permanentUrl('/data/papers.schema.json'),
			edition: site.edition,
			count: records.length,
			papers: records,
		},
		null,
		'\t',
	)}\n`;
}

export const papersCsv = (papers: readonly Paper[]): string => papersToCsv(exportedPapers(papers));

export const papersBib = (papers: readonly Paper[]): string => formatBibtex(papers);
