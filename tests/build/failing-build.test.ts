/**
 * Bad content must stop the real build with a message naming the file and the field, and leave no
 * `dist/` behind. Each case runs `scripts/build.ts` on a throwaway copy of the project.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildProject, copyProject, removeProject } from '../support/project.ts';

let project = '';

/** Copies the project, leaves a stale dist/ in it, applies `change`, and runs the build. */
function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
	project = copyProject();
	// A stale site from an earlier build must not survive a failed one.
	mkdirSync(join(project, 'dist'));
	writeFileSync(join(project, 'dist/index.html'), '<p>stale</p>');
	change(project);
	return buildProject(project);
}

afterEach(() => {
	if (project) removeProject(project);
});

const gmi = 'content/papers/zhang2020-gmi.yaml';

test('a paper with a wrong type fails the build, naming file and field', () => {
	const { status, output } = buildWith((dir) => {
		const file = join(dir, gmi);
		writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2019', 'year: "2019"'));
	});
	expect(status).not.toBe(0);
	expect(output).toContain(`${gmi}: year:`);
	expect(existsSync(join(project, 'dist'))).toBe(false);
});

test('a paper missing a required field fails the build, naming file and field', () => {
	const { status, output } = buildWith((dir) => {
		const file = join(dir, gmi);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^setting: .*\n/m, ''));
	});
	expect(status).not.toBe(0);
	expect(output).toContain(`${gmi}: setting:`);
	expect(existsSync(join(project, 'dist'))).toBe(false);
});

test('a chapter citing an unknown key fails the build, naming file and line', () => {
	const chapter = 'content/chapters/introduction.mdx';
	let line = 0;
	const { status, output } = buildWith((dir) => {
		const file = join(dir, chapter);
		const lines = readFileSync(file, 'utf8').split('\n');
		line = lines.length + 2;
		writeFileSync(file, `${lines.join('\n')}\n\nAs shown by [@nobody1999-missing].\n`);
	});
	expect(status).not.toBe(0);
	// Vite prints the message JSON-escaped, so the quotes may carry a backslash.
	expect(output).toMatch(
		new RegExp(`introduction\\.mdx:${line}: unknown citation key \\\\?"@nobody1999-missing`),
	);
	expect(existsSync(join(project, 'dist'))).toBe(false);
});
