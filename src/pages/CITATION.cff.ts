import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { site } from '../site.ts';

/**
 * The repository's CITATION.cff, published with the address this build is for: a fork deployed
 * elsewhere serves its own URL without editing the file.
 */
export const GET: APIRoute = () => {
	const cff = parseDocument(readFileSync('CITATION.cff', 'utf8'));
	cff.set('url', site.url);
	return new Response(cff.toString({ lineWidth: 0 }), {
		headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
	});
};
