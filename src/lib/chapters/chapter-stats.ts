/**
 * How much a chapter says: words of prose (math, markup, components and citations left out) and
 * the catalog entries it cites. Used by the content tests that hold chapters to their minimums.
 */
import { findCitations } from '../citation/pandoc-citations.ts';

export interface ChapterStats {
	words: number;
	citations: Set<string>;
	/** Generated comparison tables and charts the chapter embeds. */
	components: number;
}

/** Counts a chapter's MDX source, frontmatter excluded. */
export function chapterStats(source: string): ChapterStats {
	const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
	const prose = body
		.replace(/\$\$[\s\S]*?\$\$/g, ' ')
		.replace(/\$[^$\n]*\$/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\[[^\]]*@[^\]]*\]/g, ' ');
	return {
		words: prose.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length,
		citations: new Set(findCitations(body).flatMap((match) => match.items.map((item) => item.key))),
		components: (
			body.match(
				/<(AttackTable|AssumptionTable|DefenseTable|DefenseMatrix|YearChart|LineageGraph|Diagram)\b/g,
			) ?? []
		).length,
	};
}
