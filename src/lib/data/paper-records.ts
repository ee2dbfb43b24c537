/**
 * The catalog as data: one flat record per paper for JSON, and the same record as a CSV row.
 * Used at build time for `/data/papers.*` and in the browser to export the catalog's current view,
 * so it must not import anything heavy.
 */
import type { Paper } from '../../schemas/paper.ts';
import { relatedIds } from '../catalog/relations.ts';
import { toCsv } from './csv.ts';
import { paperUrl } from '../site/urls.ts';

/** A paper as published in `/data/papers.json`: its data plus id, page URL and BibTeX. */
export type ExportedPaper = Paper extends infer P
	? P extends Paper
		? Omit<P, 'added'> & { added: string; page: string; bibtex: string }
		: never
	: never;

/** The record of one paper; `bibtex` comes from `formatBibtex`, `pageUrl` makes `page` absolute. */
export function exportPaper(
	paper: Paper,
	bibtex: string,
	pageUrl: (path: string) => string,
): ExportedPaper {
	return {
		...paper,
		added: paper.added.toISOString().slice(0, 10),
		page: pageUrl(paperUrl(paper.id)),
		bibtex,
	};
}

/**
 * The arXiv id as the CSV writes it: `arXiv:2406.10280`. A bare `2406.10280` is read as a number
 * by pandas' default `read_csv` and by spreadsheets, which drop the trailing zero (`2406.1028`,
 * another paper); with its prefix it stays text everywhere. The JSON export keeps the bare id.
 */
export const csvArxiv = (arxiv: string | undefined): string => (arxiv ? `arXiv:${arxiv}` : '');

/** Columns of `/data/papers.csv`; list-valued fields are joined with "; ". */
export const csvHeader = [
	'id',
	'short',
	'title',
	'authors',
	'year',
	'venue',
	'venue_short',
	'venue_kind',
	'venue_year',
	'kind',
	'setting',
	'modality',
	'access',
	'family',
	'prior',
	'category',
	'stage',
	'builds_on',
	'compared_with',
	'evaluated_against',
	'evaluates',
	'datasets',
	'metrics',
	'arxiv',
	'doi',
	'url',
	'code',
	'added',
	'page',
	'summary',
] as const;

const list = (values: readonly string[] | undefined): string => (values ?? []).join('; ');

/** One CSV row, in `csvHeader` order; fields that do not apply to the kind are empty. */
export function csvRow(paper: ExportedPaper): string[] {
	const attack = paper.kind === 'attack' ? paper : undefined;
	const defense = paper.kind === 'defense' ? paper : undefined;
	const row: Record<(typeof csvHeader)[number], string> = {
		id: paper.id,
		short: paper.short ?? '',
		title: paper.title,
		authors: list(paper.authors),
		year: String(paper.year),
		venue: paper.venue?.name ?? '',
		venue_short: paper.venue?.short ?? '',
		venue_kind: paper.venue?.kind ?? '',
		venue_year: paper.venue?.year ? String(paper.venue.year) : '',
		kind: paper.kind,
		setting: attack?.setting ?? '',
		modality: attack?.modality ?? '',
		access: list(attack?.access),
		family: attack?.family ?? '',
		prior: attack?.prior ?? '',
		category: defense?.category ?? '',
		stage: defense?.stage ?? '',
		builds_on: list(relatedIds(paper, 'buildsOn')),
		compared_with: list(relatedIds(paper, 'comparedWith')),
		evaluated_against: list(relatedIds(paper, 'evaluatedAgainst')),
		evaluates: list(relatedIds(paper, 'evaluates')),
		datasets: list(paper.datasets),
		metrics: list(paper.metrics),
		arxiv: csvArxiv(paper.arxiv),
		doi: paper.doi ?? '',
		url: paper.url ?? '',
		code: paper.code ?? '',
		added: paper.added,
		page: paper.page,
		summary: paper.summary,
	};
	return csvHeader.map((column) => row[column]);
}

/** The CSV file of a list of exported papers. */
export function papersToCsv(papers: readonly ExportedPaper[]): string {
	return toCsv(csvHeader, papers.map(csvRow));
}
