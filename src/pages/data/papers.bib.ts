import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog/collections.ts';
import { papersBib } from '../../lib/data/paper-files.ts';

export const GET: APIRoute = async () =>
	new Response(papersBib(await getPapers()), {
		headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
	});
