import type { APIRoute } from 'astro';
import { getResultValues } from '../../lib/catalog/collections.ts';
import { resultsJson } from '../../lib/data/result-files.ts';

export const GET: APIRoute = async () =>
	new Response(resultsJson(await getResultValues()), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
