import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Escapes the five XML special characters. */
export const escapeXml = (text: string): string =>
	text.replace(
		/[<>&'"]/g,
		(char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[char]};`,
	);

/** The sitemap of a list of absolute page URLs. */
export function sitemapXml(urls: readonly string[]): string {
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
}

/**
 * Writes dist/sitemap.xml from the pages Astro actually built (HTML pages only: not the 404
 * page, data files or redirect stubs), so the sitemap cannot drift from the site.
 */
export function sitemap(options: { exclude: (pathname: string) => boolean }): AstroIntegration {
	let site = '';
	return {
		name: 'sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
			},
			'astro:build:done': ({ pages, dir }) => {
				const urls = pages
					.map((page) => `/${page.pathname}`.replace(/\/+$/, '/').replace(/^\/\/$/, '/'))
					.filter((pathname) => pathname.endsWith('/') && !options.exclude(pathname))
					.sort()
					.map((pathname) => new URL(pathname, site).href);
				writeFileSync(fileURLToPath(new URL('sitemap.xml', dir)), sitemapXml(urls));
			},
		},
	};
}
