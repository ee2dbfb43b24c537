/**
 * Metadata that reference managers and search engines read: Highwire Press `citation_*` tags,
 * JSON-LD and Open Graph. Chapters are described as parts of the survey. A paper page is our
 * page *about* a paper, but a reader who saves it in Zotero wants the paper, so its tags describe
 * the original: its own URL, DOI or arXiv id and venue, never our page or our summary.
 *
 * Zotero's "Embedded Metadata" translator decides what is saved. It maps `citation_public_url` to
 * the item's URL (falling back to `citation_abstract_html_url`, then the page), `citation_doi` to
 * DOI, `citation_conference_title` / `citation_journal_title` to the venue (and item type),
 * `citation_technical_report_institution` / `_number` to a report's institution and number, and
 * `citation_abstract`, else the page's `description`, to the abstract. It ignores
 * `citation_arxiv_id`. Each `citation_author` goes through its name splitter: "Family, Given" is
 * read exactly, and "Name," (nothing after the comma) becomes one family name, as a group is.
 */
import type { Paper } from '../../schemas/paper.ts';
import { site } from '../../site.ts';
import { isPreprint } from './bibtex.ts';
import { splitName } from './names.ts';

/** `<meta name=... content=...>` pairs, in order; names may repeat (one citation_author each). */
export type MetaTags = [name: string, content: string][];

export interface PageMetadata {
	tags: MetaTags;
	jsonLd: Record<string, unknown>;
	ogType: 'article' | 'website';
	/**
	 * Leave out the page description (`description`, `og:description`): Zotero saves it as the
	 * abstract of the work when there is no `citation_abstract`, and ours is not the paper's.
	 */
	omitDescription?: boolean;
}

/** Dates as Highwire wants them: YYYY/MM/DD. */
const highwireDate = (date: string) => date.replaceAll('-', '/');

/** A person as `citation_author`: "Family, Given", which Zotero and Google Scholar split exactly. */
export function highwirePerson(fullName: string): string {
	const { given, family } = splitName(fullName);
	return given ? `${family}, ${given}` : family;
}

/**
 * A group as `citation_author`: the trailing comma makes the whole name the family name, with no
 * given name, so it is not read as "Contributors, Model Inversion Atlas".
 */
export const highwireGroup = (name: string): string => `${name},`;

/** The survey's group author in JSON-LD. */
const organization = () => ({ '@type': 'Organization', name: site.author, url: site.url });

export interface ChapterInfo {
	title: string;
	description: string;
	/** YYYY-MM-DD */
	published: string;
	updated?: string | undefined;
	/** Absolute URL of the chapter page. */
	url: string;
}

export function chapterMetadata(chapter: ChapterInfo): PageMetadata {
	return {
		ogType: 'article',
		tags: [
			['citation_title', chapter.title],
			['citation_author', highwireGroup(site.author)],
			['citation_publication_date', highwireDate(chapter.published)],
			['citation_online_date', highwireDate(chapter.updated ?? chapter.published)],
			['citation_inbook_title', site.title],
			['citation_publisher', site.author],
			['citation_language', 'en'],
			['citation_public_url', chapter.url],
			['citation_abstract_html_url', chapter.url],
			['DC.title', chapter.title],
			['DC.creator', highwireGroup(site.author)],
			['DC.date', chapter.published],
			['DC.rights', site.license],
		],
		jsonLd: {
			'@context': 'https://schema.org',
			'@type': 'ScholarlyArticle',
			headline: chapter.title,
			name: chapter.title,
			description: chapter.description,
			url: chapter.url,
			author: organization(),
			datePublished: chapter.published,
			dateModified: chapter.updated ?? chapter.published,
			version: site.edition,
			license: site.license,
			inLanguage: 'en',
			isPartOf: { '@type': 'CreativeWork', name: site.title, url: site.url, version: site.edition },
		},
	};
}

/** The URL a saved paper should open: its DOI, else its landing page, else its arXiv page. */
export function paperPublicUrl(paper: Paper): string {
	if (paper.doi) return `https://doi.org/${paper.doi}`;
	if (paper.url) return paper.url;
	return `https://arxiv.org/abs/${paper.arxiv ?? ''}`;
}

/** The DataCite DOI arXiv registers for every preprint: `10.48550/arXiv.2406.10280`. */
export const arxivDoi = (arxiv: string): string => `10.48550/arXiv.${arxiv}`;

type Tag = [string, string];

/** Highwire tags of the original paper, as a reference manager should save it. */
function paperTags(paper: Paper): MetaTags {
	const preprint = isPreprint(paper);
	const venue = paper.venue && !preprint ? paper.venue : undefined;
	// Only a preprint takes arXiv's DOI: a published paper's DOI names the published version.
	const doi = paper.doi ?? (preprint && paper.arxiv ? arxivDoi(paper.arxiv) : undefined);
	return [
		['citation_title', paper.title],
		...paper.authors.map((author): Tag => ['citation_author', highwirePerson(author)]),
		['citation_publication_date', String(paper.venue?.year ?? paper.year)],
		...(venue
			? [
					[
						venue.kind === 'journal' ? 'citation_journal_title' : 'citation_conference_title',
						venue.name,
					] as Tag,
				]
			: []),
		// Zotero has no Highwire preprint type; a report from arXiv keeps the id as its number.
		...(!venue && paper.arxiv
			? [
					['citation_technical_report_institution', 'arXiv'] as Tag,
					['citation_technical_report_number', `arXiv:${paper.arxiv}`] as Tag,
				]
			: []),
		...(doi ? [['citation_doi', doi] as Tag] : []),
		['citation_public_url', paperPublicUrl(paper)],
		...(paper.arxiv
			? [
					['citation_arxiv_id', paper.arxiv] as Tag,
					['citation_pdf_url', `https://arxiv.org/pdf/${paper.arxiv}`] as Tag,
				]
			: []),
		['citation_language', 'en'],
	];
}

/** The paper itself in JSON-LD: what the page is about. */
function paperJsonLd(paper: Paper): Record<string, unknown> {
	const identifiers = [
		...(paper.doi ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: paper.doi }] : []),
		...(paper.arxiv ? [{ '@type': 'PropertyValue', propertyID: 'arXiv', value: paper.arxiv }] : []),
	];
	const url = paperPublicUrl(paper);
	const sameAs = [
		...(paper.doi ? [`https://doi.org/${paper.doi}`] : []),
		...(paper.url ? [paper.url] : []),
		...(paper.arxiv ? [`https://arxiv.org/abs/${paper.arxiv}`] : []),
	].filter((link) => link !== url);
	const venue = paper.venue && !isPreprint(paper) ? paper.venue : undefined;
	return {
		'@type': 'ScholarlyArticle',
		name: paper.title,
		headline: paper.title,
		url,
		...(sameAs.length > 0 ? { sameAs } : {}),
		author: paper.authors.map((name) => ({ '@type': 'Person', name })),
		// Only the year is on record: a bare year would read as a full date, so none is claimed.
		...(identifiers.length > 0 ? { identifier: identifiers } : {}),
		...(venue?.kind === 'journal'
			? { isPartOf: { '@type': 'Periodical', name: venue.name } }
			: venue
				? {
						publication: {
							'@type': 'PublicationEvent',
							name: venue.name,
						},
					}
				: {}),
	};
}

/**
 * Metadata of a paper page: Highwire tags of the paper itself, and JSON-LD of our page (a WebPage
 * of the survey) whose `mainEntity` is the paper, so the page never claims to be the article.
 */
export function paperMetadata(paper: Paper, pageUrl: string): PageMetadata {
	return {
		ogType: 'website',
		omitDescription: true,
		tags: paperTags(paper),
		jsonLd: {
			'@context': 'https://schema.org',
			'@type': 'WebPage',
			url: pageUrl,
			name: `${paper.title} (catalog entry)`,
			description: paper.summary,
			inLanguage: 'en',
			isPartOf: { '@type': 'WebSite', name: site.title, url: site.url },
			author: organization(),
			mainEntity: paperJsonLd(paper),
		},
	};
}

/** JSON-LD as it goes inside `<script type="application/ld+json">`: "<" escaped so no tag can end it. */
export const jsonLdText = (data: Record<string, unknown>): string =>
	JSON.stringify(data).replaceAll('<', '\\u003c');
