/**
 * Access to the production build for scripts that measure it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Root of the repository (scripts live in `scripts/` and `scripts/lib/`). */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * Returns the path of `dist/`, running the production build first when there is no built site
 * (no `dist/index.html`, or no Pagefind index, which search measurements need).
 */
export function ensureBuiltSite(): string {
	const dist = join(projectRoot, 'dist');
	if (existsSync(join(dist, 'index.html')) && existsSync(join(dist, 'pagefind'))) return dist;
	console.log('No built site in dist/: running the production build first.');
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: projectRoot,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error('The production build failed; nothing to measure.');
	return dist;
}
