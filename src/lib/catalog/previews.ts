/**
 * What a citation preview shows for each paper: its method name, title, authors, venue and the
 * first sentence of its summary. Published as /data/previews.json and read by the preview script
 * the first time a reader points at or focuses a citation.
 */
import type { Paper } from '../../schemas/paper.ts';
import { citationNames } from '../citation/pandoc-citations.ts';
import { formatVenue } from './papers.ts';

export interface Preview {
	name?: string | undefined;
	title: string;
	authors: string;
	venue: string;
	/** The summary's first sentence, cut at about 220 characters. */
	gist: string;
}

/** The first sentence of a summary, shortened on a word boundary when it runs long. */
export function firstSentence(text: string, limit = 220): string {
	const sentence = /^.*?[.!?](?=\s+[A-Z(]|$)/s.exec(text.trim())?.[0] ?? text.trim();
	if (sentence.length <= limit) return sentence;
	return `${sentence.slice(0, sentence.lastIndexOf(' ', limit - 1))}…`;
}

/** Previews of every paper, keyed by id. */
export function paperPreviews(papers: readonly Paper[]): Record<string, Preview> {
	return Object.fromEntries(
		papers.map((paper) => [
			paper.id,
			{
				name: paper.short,
				title: paper.title,
				authors: citationNames(paper),
				venue: formatVenue(paper),
				gist: firstSentence(paper.summary),
			},
		]),
	);
}
