/**
 * Headless Debian Chromium through playwright-core (no browser download). Browser tests skip
 * when /usr/bin/chromium is missing, unless ATLAS_REQUIRE_BROWSER=1 (as in .ci/run) makes
 * that a failure.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { dist } from './dist.ts';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.ts';

export const chromiumPath = '/usr/bin/chromium';
export const hasBrowser = existsSync(chromiumPath);

if (!hasBrowser && process.env['ATLAS_REQUIRE_BROWSER'] === '1') {
	throw new Error(`${chromiumPath} is missing: install it with apt-get install -y chromium`);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
}

/**
 * Serves dist/ on a free local port and launches one Chromium for the tests of a file; both are
 * closed after them. Call at the top level of a test file.
 */
export function useBuiltSite(): { browser: () => Browser; origin: () => string } {
	let browser: Browser | undefined;
	let server: StaticServer | undefined;
	beforeAll(async () => {
		if (!hasBrowser) return;
		// The same static server the benchmarks measure with: directories without a trailing
		// slash redirect and unknown paths get 404.html, as on a static host.
		server = await serveDirectory(dist);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		browser: () => {
			if (!browser) throw new Error('Chromium is not running (is /usr/bin/chromium installed?)');
			return browser;
		},
		origin: () => server?.origin ?? '',
	};
}
