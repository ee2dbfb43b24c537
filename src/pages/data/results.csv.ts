import type { APIRoute } from 'astro';
import { getResultValues } from '../../lib/catalog/collections.ts';
import { resultsCsv } from '../../lib/data/result-files.ts';

export const GET: APIRoute = async () =>
	new Response(resultsCsv(await getResultValues()), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
