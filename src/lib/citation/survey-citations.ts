/**
 * Citations of the survey itself: as a whole, chapter by chapter and section by section. Each is a
 * BibTeX `@misc` (see bibtex.ts for the rules every consumer imposes) and a formatted reference
 * produced by citation-js. They cite the edition and its release date, never the build date, so
 * rebuilding the same edition changes nothing.
 */
import { site } from '../../site.ts';
import { longDate } from '../site/dates.ts';
import {
	formatEntry,
	groupAuthor,
	latexText,
	monthMacros,
	protectTitle,
	type BibEntry,
} from './bibtex.ts';
import { Cite } from './citation-js.ts';

export interface SectionToCite {
	chapterTitle: string;
	/** Omitted when citing a whole chapter. */
	sectionTitle?: string | undefined;
	/** Absolute URL, with the section's `#anchor` when citing a section. */
	url: string;
	/** Key for BibTeX, e.g. `atlas-introduction-threat-model`. */
	key: string;
}

const [editionYear = '', editionMonth = '', editionDay = ''] = site.editionDate.split('-');
const editionMonthMacro = monthMacros[Number(editionMonth) - 1] ?? '';
const editionDateText = longDate(site.editionDate);

/** "Model Inversion Atlas, edition 0.1 of 29 November 2026", as BibTeX source. */
const editionNote = `\\emph{${latexText(site.title)}}, edition ${site.edition} of ${editionDateText}`;

/**
 * The `@misc` entry of the survey, a chapter or a section. The permanent URL is in `howpublished`
 * (as `\url{...}`), the one field all six classic styles print for `@misc`; there is no separate
 * `url` field, which pandoc and biblatex would print a second time. Section, chapter and survey
 * are named in `title` and `note` (printed by classic styles and biblatex) and in `type` and
 * `organization` (printed by pandoc's CSL styles, which leave out the note).
 */
export function sectionEntry(section: SectionToCite): BibEntry {
	const title = section.sectionTitle ?? section.chapterTitle;
	const note = section.sectionTitle
		? `Section of the chapter \`\`${latexText(section.chapterTitle)}'' in ${editionNote}`
		: `Chapter of ${editionNote}`;
	return {
		type: 'misc',
		key: section.key,
		fields: [
			['author', groupAuthor(site.author)],
			['title', protectTitle(title)],
			// biblatex, pandoc and CSL styles print `type` and `organization`; classic styles the note.
			// pandoc reads `type` as plain text, so it holds no LaTeX.
			...(section.sectionTitle
				? [['type', `Section of the chapter “${section.chapterTitle}”`] as [string, string]]
				: []),
			['organization', latexText(site.title)],
			['howpublished', `\\url{${section.url}}`],
			['note', note],
			['year', editionYear],
			['month', editionMonthMacro],
			['version', site.edition],
		],
	};
}

/** The `@misc` entry of the whole survey. */
export function surveyEntry(): BibEntry {
	return {
		type: 'misc',
		key: 'atlas',
		fields: [
			['author', groupAuthor(site.author)],
			['title', `{${latexText(site.title)}}: ${protectTitle(lowerFirst(site.tagline))}`],
			['howpublished', `\\url{${site.url}}`],
			['note', `Edition ${site.edition} of ${editionDateText}`],
			['year', editionYear],
			['month', editionMonthMacro],
			['version', site.edition],
		],
	};
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** BibTeX `@misc` entry of a chapter or section. */
export const sectionBibtex = (section: SectionToCite): string => formatEntry(sectionEntry(section));

/** BibTeX `@misc` entry of the whole survey. */
export const surveyBibtex = (): string => formatEntry(surveyEntry());

/** The CSL-JSON record of a chapter or section, for the formatted reference. */
export function sectionCsl(section: SectionToCite): Record<string, unknown> {
	return {
		id: section.key,
		type: 'webpage',
		title: section.sectionTitle ?? section.chapterTitle,
		author: [{ literal: site.author }],
		// Harvard prints neither version nor note: the edition goes with the survey's name.
		'container-title': `${section.sectionTitle ? `${section.chapterTitle}, ` : ''}${site.title}, edition ${site.edition} of ${editionDateText}`,
		version: site.edition,
		note: `Edition ${site.edition}`,
		issued: { 'date-parts': [[Number(editionYear), Number(editionMonth), Number(editionDay)]] },
		URL: section.url,
	};
}

/** A formatted reference (Harvard style) of a chapter or section, as plain text. */
export function sectionReference(section: SectionToCite): string {
	return new Cite(sectionCsl(section))
		.format('bibliography', { format: 'text', template: 'harvard1', lang: 'en-US' })
		.trim();
}

/** What citing a chapter needs: its id, title and the h2/h3 headings readers cite. */
export interface ChapterToCite {
	id: string;
	title: string;
	sections: readonly { id: string; title: string }[];
}

/** The citation of a chapter as a whole: key `atlas-<chapter>`. */
export const chapterCitation = (
	chapter: Pick<ChapterToCite, 'id' | 'title'>,
	url: (path: string) => string,
): SectionToCite => ({
	chapterTitle: chapter.title,
	url: url(`/chapters/${chapter.id}/`),
	key: `atlas-${chapter.id}`,
});

/** The citation of one section: key `atlas-<chapter>-<heading id>`, URL with its `#anchor`. */
export const sectionCitation = (
	chapter: Pick<ChapterToCite, 'id' | 'title'>,
	section: { id: string; title: string },
	url: (path: string) => string,
): SectionToCite => ({
	chapterTitle: chapter.title,
	sectionTitle: section.title,
	url: url(`/chapters/${chapter.id}/#${section.id}`),
	key: `atlas-${chapter.id}-${section.id}`,
});

/**
 * BibTeX of the survey (`/data/atlas.bib`): the survey as a whole, then each chapter followed by
 * its sections, the same entries the "Cite" controls show.
 */
export function surveyBibliography(
	chapters: readonly ChapterToCite[],
	url: (path: string) => string,
): string {
	const entries = [
		surveyBibtex(),
		...chapters.flatMap((chapter) => [
			sectionBibtex(chapterCitation(chapter, url)),
			...chapter.sections.map((section) => sectionBibtex(sectionCitation(chapter, section, url))),
		]),
	];
	return `${entries.join('\n\n')}\n`;
}

/** BibTeX of one chapter and its sections (`/chapters/<id>/cite.bib`). */
export const chapterBibliography = (
	chapter: ChapterToCite,
	url: (path: string) => string,
): string =>
	`${[
		sectionBibtex(chapterCitation(chapter, url)),
		...chapter.sections.map((section) => sectionBibtex(sectionCitation(chapter, section, url))),
	].join('\n\n')}\n`;
