/**
 * The published chapters with their citable sections, for the BibTeX files. Reads the content
 * collection, so it runs inside the Astro build only.
 */
import { getCollection, render } from 'astro:content';
import { citableSections, publishedChapters } from '../chapters/navigation.ts';
import type { ChapterToCite } from './survey-citations.ts';

export async function chaptersToCite(): Promise<ChapterToCite[]> {
	const chapters = publishedChapters(await getCollection('chapters'));
	return Promise.all(
		chapters.map(async (chapter) => ({
			id: chapter.id,
			title: chapter.data.title,
			sections: citableSections((await render(chapter)).headings),
		})),
	);
}
