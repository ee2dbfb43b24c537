/**
 * A minimal static file server for dist/, the way a static host serves it: directories answer
 * with their index.html, unknown paths with 404.html and status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.bib': 'text/plain; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/** Resolves a URL path to a file under `root`, or undefined. */
export function resolveFile(root: string, urlPath: string): string | undefined {
	const path = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/'));
	if (path.includes('..')) return undefined;
	const file = join(root, path);
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** Serves `root` on a free port of 127.0.0.1; resolves with the server and its base URL. */
export async function serve(root: string): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const file = resolveFile(root, request.url ?? '/');
		const status = file ? 200 : 404;
		const served = file ?? join(root, '404.html');
		response.writeHead(status, {
			'Content-Type': types[extname(served)] ?? 'application/octet-stream',
		});
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { server, origin: `http://127.0.0.1:${port}` };
}
