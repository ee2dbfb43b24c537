import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog/collections.ts';
import { papersJson } from '../../lib/data/paper-files.ts';

export const GET: APIRoute = async () =>
	new Response(papersJson(await getPapers()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
