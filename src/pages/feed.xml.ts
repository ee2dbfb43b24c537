import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getPapers } from '../lib/catalog/collections.ts';
import { atomFeed, chapterNews, newsItems } from '../lib/site/news.ts';

export const GET: APIRoute = async () => {
	const chapters = chapterNews(await getCollection('chapters'));
	return new Response(atomFeed(newsItems(await getPapers(), chapters)), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
