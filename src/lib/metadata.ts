/**
 * Metadata that reference managers and search engines read: Highwire Press `citation_*` tags
 * (Zotero's embedded-metadata translator, Google Scholar), JSON-LD and Open Graph.
 * Chapters are described as parts of the survey; paper pages as the papers themselves.
 */
import type { Paper } from '../schemas/paper.ts';
import { site } from '../site.ts';

/** `<meta name=... content=...>` pairs, in order; names may repeat (one citation_author each). */
export type MetaTags = [name: string, content: string][];

export interface PageMetadata {
	tags: MetaTags;
	jsonLd: Record<string, unknown>;
	ogType: 'article' | 'website';
}

/** Dates as Highwire wants them: YYYY/MM/DD. */
const highwireDate = (date: string) => date.replaceAll('-', '/');

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
			['citation_author', site.author],
			['citation_publication_date', highwireDate(chapter.published)],
			['citation_online_date', highwireDate(chapter.updated ?? chapter.published)],
			['citation_inbook_title', site.title],
			['citation_publisher', site.author],
			['citation_language', 'en'],
			['citation_abstract_html_url', chapter.url],
			['citation_public_url', chapter.url],
			['DC.title', chapter.title],
			['DC.creator', site.author],
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
			author: { '@type': 'Organization', name: site.author, url: site.url },
			datePublished: chapter.published,
			dateModified: chapter.updated ?? chapter.published,
			version: site.edition,
			license: site.license,
			inLanguage: 'en',
			isPartOf: { '@type': 'CreativeWork', name: site.title, url: site.url, version: site.edition },
		},
	};
}

/** Highwire tags and JSON-LD describing a catalog entry as the paper it is. */
export function paperMetadata(paper: Paper, pageUrl: string): PageMetadata {
	const year = String(paper.venue?.year ?? paper.year);
	const venueTag =
		paper.venue?.kind === 'journal'
			? 'citation_journal_title'
			: paper.venue && paper.venue.kind !== 'preprint'
				? 'citation_conference_title'
				: undefined;
	const sameAs = [
		...(paper.doi ? [`https://doi.org/${paper.doi}`] : []),
		...(paper.arxiv ? [`https://arxiv.org/abs/${paper.arxiv}`] : []),
		...(paper.url ? [paper.url] : []),
	];
	return {
		ogType: 'article',
		tags: [
			['citation_title', paper.title],
			...paper.authors.map((author): [string, string] => ['citation_author', author]),
			['citation_publication_date', year],
			...(venueTag && paper.venue ? [[venueTag, paper.venue.name] as [string, string]] : []),
			...(paper.doi ? [['citation_doi', paper.doi] as [string, string]] : []),
			...(paper.arxiv
				? [
						['citation_arxiv_id', paper.arxiv] as [string, string],
						['citation_pdf_url', `https://arxiv.org/pdf/${paper.arxiv}`] as [string, string],
					]
				: []),
			['citation_abstract_html_url', pageUrl],
			['citation_language', 'en'],
		],
		jsonLd: {
			'@context': 'https://schema.org',
			'@type': 'ScholarlyArticle',
			headline: paper.title,
			name: paper.title,
			abstract: paper.summary,
			url: pageUrl,
			author: paper.authors.map((name) => ({ '@type': 'Person', name })),
			datePublished: year,
			...(paper.venue ? { isPartOf: { '@type': 'PublicationIssue', name: paper.venue.name } } : {}),
			...(sameAs.length > 0 ? { sameAs } : {}),
			...(paper.doi ? { identifier: `https://doi.org/${paper.doi}` } : {}),
		},
	};
}

/** JSON-LD as it goes inside `<script type="application/ld+json">`: "<" escaped so no tag can end it. */
export const jsonLdText = (data: Record<string, unknown>): string =>
	JSON.stringify(data).replaceAll('<', '\\u003c');
