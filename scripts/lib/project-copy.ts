/**
 * Throwaway copies of the project for what changes content and runs the real build: the build
 * tests and `npm run bench:build`. One list of what a build reads, so no copy misses a file.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './built-site.ts';

/** What a build reads; everything else (tests, docs, git) is left out of the copies. */
export const buildInputs = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'src',
	'content',
	'public',
	'scripts',
	'CITATION.cff',
];

/**
 * Copies what a build needs into a new temporary folder named `<prefix>…` and returns its path.
 * `node_modules` is one link to the project's; with `coldCaches` it is instead a real folder of
 * links to each installed package, so packages resolve as usual while `node_modules/.astro` and
 * `node_modules/.vite` (caches) are created inside the copy and every build starts cold.
 */
export function copyProject(prefix: string, { coldCaches = false } = {}): string {
	const copy = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of buildInputs)
		cpSync(join(projectRoot, entry), join(copy, entry), { recursive: true });
	const modules = join(projectRoot, 'node_modules');
	if (!coldCaches) {
		symlinkSync(modules, join(copy, 'node_modules'), 'dir');
		return copy;
	}
	rmSync(join(copy, 'public', 'client'), { recursive: true, force: true });
	mkdirSync(join(copy, 'node_modules'));
	for (const name of readdirSync(modules)) {
		if (name.startsWith('.') && name !== '.bin') continue;
		symlinkSync(join(modules, name), join(copy, 'node_modules', name));
	}
	return copy;
}
