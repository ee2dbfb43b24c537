import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where pages link the stylesheet; only pages with math do (see ChapterLayout). */
export const katexStylesheet = '/katex/katex.min.css';

/**
 * Serves KaTeX's stylesheet and fonts from the site itself, copied from the installed
 * `katex` package into `public/katex/` (git-ignored) before dev or build. Only WOFF2 fonts are
 * kept: every browser that renders KaTeX reads them, and the stylesheet is rewritten to match.
 */
export function katexAssets(): AstroIntegration {
	return {
		name: 'katex-assets',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const dist = join(
					dirname(createRequire(import.meta.url).resolve('katex/package.json')),
					'dist',
				);
				const target = join(fileURLToPath(config.publicDir), 'katex');
				mkdirSync(join(target, 'fonts'), { recursive: true });
				const css = readFileSync(join(dist, 'katex.min.css'), 'utf8').replace(
					/,url\(fonts\/[^)]+\.woff\) format\("woff"\),url\(fonts\/[^)]+\.ttf\) format\("truetype"\)/g,
					'',
				);
				writeFileSync(join(target, 'katex.min.css'), css);
				for (const font of readdirSync(join(dist, 'fonts')).filter((name) =>
					name.endsWith('.woff2'),
				)) {
					copyFileSync(join(dist, 'fonts', font), join(target, 'fonts', font));
				}
			},
		},
	};
}
