import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog/collections.ts';
import { papersCsv } from '../../lib/data/paper-files.ts';

export const GET: APIRoute = async () =>
	new Response(papersCsv(await getPapers()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
