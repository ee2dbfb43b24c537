import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog.ts';
import { papersCsv } from '../../lib/export-files.ts';

export const GET: APIRoute = async () =>
	new Response(papersCsv(await getPapers()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
