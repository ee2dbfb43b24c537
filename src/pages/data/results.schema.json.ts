import type { APIRoute } from 'astro';
import { resultsExportJsonSchema } from '../../lib/data/json-schema.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(resultsExportJsonSchema(), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
