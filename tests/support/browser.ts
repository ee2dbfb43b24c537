/**
 * Headless Debian Chromium through playwright-core (no browser download). Browser tests skip
 * when /usr/bin/chromium is missing, unless ATLAS_REQUIRE_BROWSER=1 (as in .ci/run) makes
 * that a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
