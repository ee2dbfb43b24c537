import type { APIRoute } from 'astro';
import { chaptersToCite } from '../../lib/citation/citable-chapters.ts';
import { surveyBibliography } from '../../lib/citation/survey-citations.ts';
import { permanentUrl } from '../../site.ts';

/** The whole survey as BibTeX: the survey, every chapter and every section. */
export const GET: APIRoute = async () =>
	new Response(surveyBibliography(await chaptersToCite(), permanentUrl), {
		headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
	});
