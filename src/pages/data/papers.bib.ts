import type { APIRoute } from 'astro';
import { getPapers } from '../../lib/catalog.ts';
import { papersBib } from '../../lib/export-files.ts';

export const GET: APIRoute = async () =>
	new Response(papersBib(await getPapers()), {
		headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
	});
