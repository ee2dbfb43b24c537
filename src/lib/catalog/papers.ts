import type { Paper } from '../../schemas/paper.ts';
import { compareFirstAuthors } from '../citation/names.ts';

/** Newest first, then by first author's surname: the order of the catalog table. */
export function sortPapersForCatalog<T extends Pick<Paper, 'year' | 'authors' | 'title'>>(
	papers: readonly T[],
): T[] {
	return papers.toSorted(
		(a, b) => b.year - a.year || compareFirstAuthors(a, b) || a.title.localeCompare(b.title, 'en'),
	);
}

/** "Zhang, Jia, Pei, …" is how lists abbreviate; pages print every name: "A, B and C". */
export function formatAuthors(authors: readonly string[]): string {
	if (authors.length <= 1) return authors[0] ?? '';
	return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** Venue as printed under a title: "CVPR 2020", or the full name when there is no short one. */
export function formatVenue(paper: Pick<Paper, 'venue' | 'year'>): string {
	if (!paper.venue) return `${paper.year}`;
	return `${paper.venue.short ?? paper.venue.name} ${paper.venue.year ?? paper.year}`;
}

/** Links to the paper itself, most authoritative first. */
export function paperLinks(
	paper: Pick<Paper, 'arxiv' | 'doi' | 'url' | 'code'>,
): { label: string; href: string }[] {
	return [
		...(paper.doi ? [{ label: `DOI ${paper.doi}`, href: `https://doi.org/${paper.doi}` }] : []),
		...(paper.arxiv
			? [{ label: `arXiv:${paper.arxiv}`, href: `https://arxiv.org/abs/${paper.arxiv}` }]
			: []),
		...(paper.url ? [{ label: 'Publisher page', href: paper.url }] : []),
		...(paper.code ? [{ label: 'Code', href: paper.code }] : []),
	];
}
