/**
 * A strict Content-Security-Policy on every built page, as a <meta> tag placed first in <head>.
 * Inline scripts (the theme/shortcut script, the search loaders) are allowed by their SHA-256
 * hash; nothing else inline runs, and nothing loads from another origin. Pagefind compiles
 * WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { attribute, htmlElements, textOf } from '../lib/site/html.ts';

/** Inline <script> bodies that execute (JSON-LD and other data blocks do not). */
export function inlineScripts(html: string): string[] {
	return [...htmlElements(html)]
		.filter((element) => {
			if (element.tagName !== 'script' || attribute(element, 'src') !== undefined) return false;
			const type = attribute(element, 'type');
			return type === undefined || type === 'module' || type === 'text/javascript';
		})
		.map(textOf);
}

export const sha256 = (text: string): string =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of one page, given its inline scripts. */
export function contentSecurityPolicy(scripts: readonly string[]): string {
	const hashes = [...new Set(scripts.map(sha256))];
	return [
		"default-src 'none'",
		`script-src 'self' 'wasm-unsafe-eval'${hashes.map((hash) => ` ${hash}`).join('')}`,
		"style-src 'self'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'self'",
		"object-src 'none'",
	].join('; ');
}

/** Adds the policy to one page's HTML. */
export function withCsp(html: string): string {
	const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScripts(html))}">`;
	const head = [...htmlElements(html)].find((element) => element.tagName === 'head');
	// A page without a <head> tag of its own (the parser made one up) is left as it is.
	const at = head?.sourceCodeLocation?.startTag?.endOffset;
	return at === undefined ? html : `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? htmlFiles(join(dir, entry.name))
			: entry.name.endsWith('.html')
				? [join(dir, entry.name)]
				: [],
	);
}

export function csp(): AstroIntegration {
	return {
		name: 'csp',
		hooks: {
			'astro:build:done': ({ dir }) => {
				for (const file of htmlFiles(fileURLToPath(dir))) {
					writeFileSync(file, withCsp(readFileSync(file, 'utf8')));
				}
			},
		},
	};
}
