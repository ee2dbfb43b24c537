import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog/collections.ts';
import { paperPreviews } from '../../lib/catalog/previews.ts';

/** Citation previews, fetched by /client/cite-preview.js when a reader first points at a citation. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(paperPreviews(await getPapers())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
