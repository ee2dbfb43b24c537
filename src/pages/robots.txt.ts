import type { APIRoute } from 'astro';
import { permanentUrl } from '../site.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${permanentUrl('/sitemap.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
