/**
 * Pandoc-style citations in chapters: `[@zhang2020-gmi]`, `[@a; @b]`, `[see @a, Table 2]`.
 * Parsing and formatting live here; `remark-citations.ts` applies them to the Markdown tree.
 */
import { compareFirstAuthors, surname } from './names.ts';

/** One cited work inside a bracket, with optional text before and after the key. */
export interface CitationItem {
	key: string;
	prefix: string;
	suffix: string;
}

/** A bracketed citation found in a piece of text. */
export interface CitationMatch {
	/** Offset of `[` in the text. */
	start: number;
	/** Offset just after `]`. */
	end: number;
	items: CitationItem[];
}

/** What a paper needs to be cited in running text. */
export interface CitablePaper {
	id: string;
	authors: readonly string[];
	year: number;
	venue?: { year?: number | undefined } | undefined;
}

const bracket = /\[([^[\]]*)\]/g;
const item = /^(.*?)(?:^|\s)@([a-z][a-z0-9-]*)(.*)$/s;

/**
 * Finds the bracketed citations in `text`. A bracket counts as a citation only when every
 * `;`-separated part holds an `@key`, so ordinary brackets and e-mail addresses are left alone.
 */
export function findCitations(text: string): CitationMatch[] {
	const matches: CitationMatch[] = [];
	for (const match of text.matchAll(bracket)) {
		const inner = match[1] ?? '';
		if (!inner.includes('@')) continue;
		const parts = inner.split(';').map((part) => item.exec(part.trim()));
		if (parts.some((part) => part === null)) continue;
		matches.push({
			start: match.index,
			end: match.index + match[0].length,
			items: parts.map((part) => ({
				key: part?.[2] ?? '',
				prefix: (part?.[1] ?? '').trim(),
				suffix: (part?.[3] ?? '').trim(),
			})),
		});
	}
	return matches;
}

/** Year readers cite: the venue's year when published there, otherwise the first public version. */
export function citationYear(paper: CitablePaper): number {
	return paper.venue?.year ?? paper.year;
}

/** Author part of a label: "Fredrikson et al.", "Song and Raghunathan", "Dibbo". */
export function citationNames(paper: CitablePaper): string {
	const [first, second] = paper.authors;
	const names =
		paper.authors.length === 1
			? surname(first ?? '')
			: paper.authors.length === 2
				? `${surname(first ?? '')} and ${surname(second ?? '')}`
				: `${surname(first ?? '')} et al.`;
	return names;
}

/**
 * Years as cited, keyed by id: when one author label and year name several papers they become
 * "2023a", "2023b", ... in title order, so every label points at one paper.
 */
export function citationYears(
	papers: Iterable<CitablePaper & { title: string }>,
): Map<string, string> {
	const byLabel = new Map<string, (CitablePaper & { title: string })[]>();
	for (const paper of papers) {
		const label = `${citationNames(paper)}, ${citationYear(paper)}`;
		byLabel.set(label, [...(byLabel.get(label) ?? []), paper]);
	}
	const years = new Map<string, string>();
	for (const group of byLabel.values()) {
		const sorted = group.toSorted((a, b) => a.title.localeCompare(b.title, 'en'));
		sorted.forEach((paper, index) => {
			const suffix = sorted.length > 1 ? String.fromCharCode(97 + index) : '';
			years.set(paper.id, `${citationYear(paper)}${suffix}`);
		});
	}
	return years;
}

/** Author-year label used in running text: "Fredrikson et al., 2015" (or "2015a", see above). */
export function citationLabel(paper: CitablePaper, years?: ReadonlyMap<string, string>): string {
	return `${citationNames(paper)}, ${years?.get(paper.id) ?? citationYear(paper)}`;
}

/** Orders papers as a reference list does: by first author's surname, then year, then title. */
export function compareForReferences<T extends CitablePaper & { title: string }>(
	a: T,
	b: T,
): number {
	return (
		compareFirstAuthors(a, b) ||
		citationYear(a) - citationYear(b) ||
		a.title.localeCompare(b.title, 'en')
	);
}
