/**
 * The production build: validate the content, build the site with Astro, index it with Pagefind.
 * Stops at the first failing step and removes `dist/`, so that nothing half-built is published.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

// The Node running this script (the project's Node 24 under `npm run`), never whatever `node` the
// PATH finds first; the project's own binaries (astro, pagefind) ahead of any installed globally.
const steps: [string, string[]][] = [
	[process.execPath, ['scripts/validate.ts']],
	['astro', ['build']],
	// Math is MathML with its TeX source attached: index the prose around it, not the formulas.
	['pagefind', ['--site', 'dist', '--silent', '--exclude-selectors', 'math']],
];

/**
 * Pagefind cuts its word index into chunks of about 20,000 word positions (26-31 KiB here), and a
 * search fetches the chunk of each word. At 8,000 a chunk is at most ~14 KiB, which keeps a first
 * search under 100 KiB in all (npm run bench:weight); a query of several words fetches more,
 * smaller chunks. Pagefind 1.6 marks the setting unstable, hence the exact version in
 * package.json; tests/build/site.test.ts checks that the chunks stay small.
 */
const pagefindIndexChunkSize = '8000';

for (const [command, args] of steps) {
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			PATH: [resolve('node_modules/.bin'), process.env['PATH']].join(delimiter),
			PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: pagefindIndexChunkSize,
		},
	});
	if (result.status !== 0) {
		rmSync('dist', { recursive: true, force: true });
		console.error(`\nBuild failed at \`${[command, ...args].join(' ')}\`; dist/ was removed.`);
		process.exit(result.status ?? 1);
	}
}
