/**
 * Helpers shared by the benchmark scripts: a static file server for a built site that records what
 * it serves, and transfer sizes of a response body as a host would send it (raw, gzip, brotli).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One response the server sent: what was asked, what came back and how big it was. */
export interface ServedFile {
	path: string;
	status: number;
	contentType: string;
	body: Buffer;
}

export interface StaticServer {
	/** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
	origin: string;
	/** Every response sent so far, in order; `log.length` marks a point to measure from. */
	log: ServedFile[];
	close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

/** MIME type for a file name; Pagefind's extensionless-looking chunks (`.pf_*`) are binary. */
export function contentTypeOf(path: string): string {
	return contentTypes[extname(path)] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file under `root` the way static hosts do (`/a/` -> `/a/index.html`).
 * Returns undefined for paths that try to leave `root`.
 */
export function fileForUrlPath(root: string, urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath);
	const relative = normalize(decoded.endsWith('/') ? `${decoded}index.html` : decoded);
	const file = join(root, relative);
	return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Serves `root` on a free localhost port without caching headers, so a fresh browser context
 * always fetches everything. Bodies go out uncompressed unless `gzip` is set (for timings: a
 * static host gzips text); either way the log holds the uncompressed bodies, and sizes are
 * computed by the caller, so every site is measured with the same compressor.
 */
export async function serveDirectory(
	root: string,
	{ gzip = false }: { gzip?: boolean } = {},
): Promise<StaticServer> {
	const log: ServedFile[] = [];
	const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		void resolveFile(root, path).then(({ status, file, body, location }) => {
			if (location) {
				response.writeHead(status, { location });
				response.end();
				return;
			}
			const payload = body ?? notFound;
			const contentType = file ? contentTypeOf(file) : 'text/html; charset=utf-8';
			log.push({ path, status, contentType, body: payload });
			const headers = { 'content-type': contentType, 'cache-control': 'no-store' };
			const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
			if (gzip && accepts && isCompressible(contentType)) {
				response.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
				response.end(gzipSync(payload, { level: 9 }));
				return;
			}
			response.writeHead(status, headers);
			response.end(payload);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		log,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

interface Resolved {
	status: number;
	file?: string;
	body?: Buffer;
	location?: string;
}

/** A directory asked for without its trailing slash redirects, as on most static hosts. */
async function resolveFile(root: string, urlPath: string): Promise<Resolved> {
	const file = fileForUrlPath(root, urlPath);
	if (!file) return { status: 404 };
	const info = await stat(file).catch(() => undefined);
	if (info?.isDirectory()) return { status: 301, location: `${urlPath}/` };
	if (!info) return { status: 404 };
	return { status: 200, file, body: await readFile(file) };
}

/** Bytes of one body as sent uncompressed, with gzip and with brotli. */
export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

/**
 * Sizes of `body` raw and compressed at the levels static hosts commonly pre-compress with
 * (gzip 9, brotli 11). Already-compressed formats (fonts, images, wasm, Pagefind chunks) are
 * counted as-is for all three, since hosts do not compress them again.
 */
export function transferSizes(body: Buffer, contentType: string): Sizes {
	const raw = body.length;
	if (!isCompressible(contentType)) return { raw, gzip: raw, brotli: raw };
	return {
		raw,
		gzip: gzipSync(body, { level: 9 }).length,
		brotli: brotliCompressSync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 11,
				[constants.BROTLI_PARAM_SIZE_HINT]: raw,
			},
		}).length,
	};
}

/** Text formats and wasm compress well; fonts, images and Pagefind's gzipped chunks do not. */
export function isCompressible(contentType: string): boolean {
	return /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/.test(contentType);
}

/** Adds up the sizes of several responses. */
export function sumSizes(files: readonly ServedFile[]): Sizes {
	const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
	for (const file of files) {
		const sizes = transferSizes(file.body, file.contentType);
		total.raw += sizes.raw;
		total.gzip += sizes.gzip;
		total.brotli += sizes.brotli;
	}
	return total;
}
