import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Escapes the five XML special characters. */
export const escapeXml = (text: string): string =>
	text.replace(
		/[<>&'"]/g,
		(char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
	);

/** A sitemap entry: the page's absolute URL and, when known, its last change (YYYY-MM-DD). */
export interface SitemapEntry {
	url: string;
	lastmod?: string | undefined;
}

/** The sitemap of a list of pages. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...entries.map(
			({ url, lastmod }) =>
				`<url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
		),
		'</urlset>',
		'',
	].join('\n');
}

/**
 * Writes dist/sitemap.xml from the pages Astro actually built (HTML pages only: not the 404
 * page, data files or redirect stubs), so the sitemap cannot drift from the site.
 */
export function sitemap(options: {
	/** Site paths (without the base path) to leave out. */
	exclude: (pathname: string) => boolean;
	/** Absolute URL of a site path, under the configured base path. */
	url: (pathname: string) => string;
	/** Last change of the page at a site path (YYYY-MM-DD). */
	lastmod: (pathname: string) => string | undefined;
}): AstroIntegration {
	return {
		name: 'sitemap',
		hooks: {
			'astro:build:done': ({ pages, dir }) => {
				// Astro reports page paths relative to the output folder, without the base path.
				const entries = pages
					.map((page) => `/${page.pathname}`.replace(/\/+$/, '/').replace(/^\/\/$/, '/'))
					.filter((pathname) => pathname.endsWith('/') && !options.exclude(pathname))
					.sort()
					.map((pathname) => ({ url: options.url(pathname), lastmod: options.lastmod(pathname) }));
				writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(entries));
			},
		},
	};
}
