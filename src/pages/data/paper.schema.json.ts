import type { APIRoute } from 'astro';
import { paperEntryJsonSchema } from '../../lib/data/json-schema.ts';

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(paperEntryJsonSchema(), null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json' },
	});
