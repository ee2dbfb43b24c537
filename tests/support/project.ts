/**
 * Throwaway copies of the project for tests that change content and run the real build.
 * `node_modules` is symlinked, everything else that the build reads is copied
 * (scripts/lib/project-copy.ts).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { copyProject as copyProjectTo } from '../../scripts/lib/project-copy.ts';

/** Copies the project into a new temporary folder and returns its path. */
export const copyProject = (): string => copyProjectTo('atlas-project-');

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
