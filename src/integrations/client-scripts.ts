import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Site paths of the bundled scripts (under the base path when linked: `toHref` in src/site.ts).
 * URL of the bundled search client; pages import it lazily from a tiny inline script.
 */
export const searchClientUrl = '/client/search.js';
/** URL of the catalog filters, loaded by `/papers/` only. */
export const catalogClientUrl = '/client/catalog.js';
/** URL of the citation previews, loaded when a reader first points at or focuses a citation. */
export const citePreviewUrl = '/client/cite-preview.js';
/** URL of the threat-model selector, loaded by `/threat-model/` only. */
export const threatModelClientUrl = '/client/threat-model.js';

/**
 * Bundles the browser scripts in `src/client/` to fixed URLs under `public/client/` (git-ignored).
 * Astro would turn a `<script>` with a lazy `import()` into a module fetched on every page load;
 * a fixed URL lets an inline three-line listener fetch the client only when a reader starts a search.
 */
export function clientScripts(): AstroIntegration {
	return {
		name: 'client-scripts',
		hooks: {
			'astro:config:setup': ({ config }) => {
				// src/site.ts reads the address from the environment; the bundles get the same values.
				const env = {
					ATLAS_SITE: process.env['ATLAS_SITE'] ?? '',
					ATLAS_BASE: process.env['ATLAS_BASE'] ?? '',
				};
				for (const [source, url] of [
					['search.ts', searchClientUrl],
					['catalog.ts', catalogClientUrl],
					['cite-preview.ts', citePreviewUrl],
					['threat-model.ts', threatModelClientUrl],
				] as const) {
					buildSync({
						entryPoints: [fileURLToPath(new URL(`../client/${source}`, import.meta.url))],
						outfile: fileURLToPath(new URL(`.${url}`, config.publicDir)),
						bundle: true,
						format: 'esm',
						minify: true,
						target: 'es2022',
						legalComments: 'none',
						define: { 'process.env': JSON.stringify(env) },
					});
				}
			},
		},
	};
}
