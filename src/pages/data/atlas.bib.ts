import type { APIRoute } from 'astro';
import { chaptersToCite } from '../../lib/chapters-to-cite.ts';
import { surveyBibliography } from '../../lib/cite.ts';
import { permanentUrl } from '../../site.ts';

/** The whole survey as BibTeX: the survey, every chapter and every section. */
export const GET: APIRoute = async () =>
	new Response(surveyBibliography(await chaptersToCite(), permanentUrl), {
		headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
	});
