import type { APIRoute } from 'astro';
import { papersExportJsonSchema } from '../../lib/data/json-schema.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(papersExportJsonSchema(), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
