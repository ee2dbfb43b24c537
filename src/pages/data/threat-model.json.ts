import type { APIRoute } from 'astro';
import { getPapers, getResultValues } from '../../lib/catalog/collections.ts';
import { selectorClientData } from '../../lib/catalog/threat-model-data.ts';

/** The threat-model selector's data: every attack's assumption sets and the defenses against it. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(selectorClientData(await getPapers(), await getResultValues())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
