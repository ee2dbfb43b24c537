/**
 * Citations of the survey itself, chapter by chapter and section by section: BibTeX `@misc` and a
 * formatted text reference, both produced by citation-js from one CSL-JSON record so that escaping
 * and formatting come from a maintained library.
 */
import { site } from '../site.ts';
import { Cite } from './citation-js.ts';

export interface SectionToCite {
	chapterTitle: string;
	/** Omitted when citing a whole chapter. */
	sectionTitle?: string | undefined;
	/** Absolute URL, with the section's `#anchor` when citing a section. */
	url: string;
	/** Key for BibTeX, e.g. `atlas-introduction-threat-model`. */
	key: string;
	/** Date the reader accessed the page, YYYY-MM-DD (the build date by default). */
	accessed: string;
}

const dateParts = (date: string) => [date.split('-').map(Number)];

/** The CSL-JSON record of a chapter or section of the survey. */
export function sectionCsl(section: SectionToCite): Record<string, unknown> {
	const title = section.sectionTitle
		? `${section.sectionTitle}, in: ${section.chapterTitle}`
		: section.chapterTitle;
	return {
		id: section.key,
		type: 'webpage',
		title,
		author: [{ literal: site.author }],
		'container-title': site.title,
		publisher: site.author,
		version: site.edition,
		note: `Edition ${site.edition}, accessed ${section.accessed}`,
		issued: { 'date-parts': [[Number(site.editionDate.slice(0, 4))]] },
		accessed: { 'date-parts': dateParts(section.accessed) },
		URL: section.url,
	};
}

/** BibTeX `@misc` entry of a chapter or section. */
export function sectionBibtex(section: SectionToCite): string {
	return new Cite(sectionCsl(section)).format('bibtex').trim();
}

/** A formatted reference (Harvard style, with the access date) of a chapter or section, as plain text. */
export function sectionReference(section: SectionToCite): string {
	return new Cite(sectionCsl(section))
		.format('bibliography', {
			format: 'text',
			template: 'harvard1',
			lang: 'en-US',
		})
		.trim();
}
