/**
 * Throwaway copies of the project for tests that change content and run the real build.
 * `node_modules` is symlinked, everything else that the build reads is copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const copied = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'src',
	'content',
	'public',
	'scripts',
	'CITATION.cff',
];

/** Copies the project into a new temporary folder and returns its path. */
export function copyProject(): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-project-'));
	for (const name of copied) cpSync(join(root, name), join(dir, name), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}

/** Runs the production build (`scripts/build.ts`) in `dir`, with extra `env`; returns its status and output. */
export function buildProject(
	dir: string,
	env: Record<string, string> = {},
): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, ['scripts/build.ts'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ...env },
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function removeProject(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
