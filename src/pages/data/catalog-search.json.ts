import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog/collections.ts';
import { catalogRows } from '../../lib/figures/tables.ts';

/** The catalog filter's extra text per paper (all authors, venue name, datasets), loaded on use. */
export const GET: APIRoute = async () =>
	new Response(
		JSON.stringify(
			Object.fromEntries(catalogRows(await getPapers()).map((row) => [row.id, row.search])),
		),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
