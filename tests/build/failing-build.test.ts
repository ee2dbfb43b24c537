/**
 * Bad content must stop the real build with a message naming the file and the field, and leave no
 * `dist/` behind. Each case runs `scripts/build.ts` on a throwaway copy of the project.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';

const root = process.cwd();
const copied = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'src',
	'content',
	'public',
	'scripts',
];
let project = '';

/** Copies the project into a temporary folder, applies `change`, and runs the production build. */
function buildWith(change: (dir: string) => void): { status: number | null; output: string } {
	project = mkdtempSync(join(tmpdir(), 'atlas-build-'));
	for (const name of copied) cpSync(join(root, name), join(project, name), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
	// A stale site from an earlier build must not survive a failed one.
	mkdirSync(join(project, 'dist'));
	writeFileSync(join(project, 'dist/index.html'), '<p>stale</p>');
	change(project);
	const result = spawnSync('node', ['scripts/build.ts'], { cwd: project, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterEach(() => {
	if (project) rmSync(project, { recursive: true, force: true });
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
