import type { APIRoute, GetStaticPaths } from 'astro';
import { chaptersToCite } from '../../../lib/citation/citable-chapters.ts';
import { chapterBibliography, type ChapterToCite } from '../../../lib/citation/survey-citations.ts';
import { permanentUrl } from '../../../site.ts';

export const getStaticPaths = (async () =>
	(await chaptersToCite()).map((chapter) => ({
		params: { slug: chapter.id },
		props: { chapter },
	}))) satisfies GetStaticPaths;

/** One chapter as BibTeX: the chapter, then each of its sections. */
export const GET: APIRoute<{ chapter: ChapterToCite }> = ({ props }) =>
	new Response(chapterBibliography(props.chapter, permanentUrl), {
		headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
	});
