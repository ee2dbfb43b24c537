/**
 * BibTeX for catalog entries, via citation-js (CSL-JSON in, BibTeX out) so that escaping of
 * braces, accents and special characters is done by a maintained library, not by hand.
 */
import type { Paper } from '../schemas/paper.ts';
import { Cite } from './citation-js.ts';

/** A name in CSL-JSON form. */
export interface CslName {
	given?: string;
	family: string;
}

const particles = new Set([
	'van',
	'von',
	'der',
	'den',
	'de',
	'del',
	'della',
	'di',
	'da',
	'du',
	'le',
]);

/** Splits a full name as printed into given and family parts ("Ruoxi Jia" -> Jia, Ruoxi). */
export function splitName(fullName: string): CslName {
	const parts = fullName.trim().split(/\s+/);
	let start = parts.length - 1;
	while (start > 1 && particles.has(parts[start - 1] ?? '')) start -= 1;
	const family = parts.slice(start).join(' ');
	const given = parts.slice(0, start).join(' ');
	return given ? { given, family } : { family };
}

type CslType = 'paper-conference' | 'article-journal' | 'article';

/** The CSL-JSON record of a paper, as reference managers exchange it. */
export function paperToCsl(paper: Paper): Record<string, unknown> {
	const type: CslType =
		paper.venue?.kind === 'journal'
			? 'article-journal'
			: paper.venue && paper.venue.kind !== 'preprint'
				? 'paper-conference'
				: 'article';
	return {
		id: paper.id,
		type,
		title: paper.title,
		author: paper.authors.map(splitName),
		issued: { 'date-parts': [[paper.venue?.year ?? paper.year]] },
		...(paper.venue && paper.venue.kind !== 'preprint'
			? { 'container-title': paper.venue.name }
			: {}),
		...(paper.doi ? { DOI: paper.doi } : {}),
		...(paper.url ? { URL: paper.url } : {}),
		...(paper.arxiv
			? {
					note: `arXiv:${paper.arxiv}`,
					...(paper.url || paper.doi ? {} : { URL: `https://arxiv.org/abs/${paper.arxiv}` }),
				}
			: {}),
	};
}

/** BibTeX of one or more papers, one entry each, keyed by catalog id. */
export function formatBibtex(papers: readonly Paper[]): string {
	if (papers.length === 0) return '';
	return new Cite(papers.map(paperToCsl)).format('bibtex').trim() + '\n';
}
