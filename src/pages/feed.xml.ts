import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getPapers } from '../lib/catalog/collections.ts';
import { publishedChapters } from '../lib/chapters/navigation.ts';
import { atomFeed, newsItems } from '../lib/site/news.ts';

export const GET: APIRoute = async () => {
	const chapters = publishedChapters(await getCollection('chapters')).map((chapter) => ({
		id: chapter.id,
		...chapter.data,
	}));
	return new Response(atomFeed(newsItems(await getPapers(), chapters)), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
