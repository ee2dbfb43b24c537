/**
 * Rules about how the project is built and shipped that no other test sees: CI runs every check,
 * deploys wait for CI, scripts start the project's own Node, and the stated Node version is true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

const read = (path: string) => readFileSync(path, 'utf8');

test('.ci/run runs the whole verify script, not only the tests', () => {
	const commands = read('.ci/run')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'));
	expect(commands).toContain('npm run verify');
	const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
	expect(scripts['verify']).toMatch(/npm run check/);
	expect(scripts['verify']).toMatch(/npm test/);
});

test('deploy runs only after CI succeeded on a push to main, on the commit CI tested', () => {
	const workflow = parseYaml(read('.github/workflows/deploy.yml')) as {
		on: Record<string, { workflows?: string[]; types?: string[]; branches?: string[] } | null>;
		jobs: Record<string, { if?: string; steps?: { with?: Record<string, string> }[] }>;
	};
	const ci = parseYaml(read('.github/workflows/ci.yml')) as { name: string };
	expect(Object.keys(workflow.on)).toEqual(['workflow_run']);
	expect(workflow.on['workflow_run']).toMatchObject({
		workflows: [ci.name],
		types: ['completed'],
		branches: ['main'],
	});
	expect(workflow.jobs['build']?.if).toMatch(/workflow_run\.conclusion == 'success'/);
	expect(workflow.jobs['build']?.steps?.[0]?.with?.['ref']).toMatch(/workflow_run\.head_sha/);
});

/** Every TypeScript file under a folder, recursively. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sources(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

test('no script or test starts `node` by name (outside npm it is the machine’s older Node)', () => {
	const byName = /\b(?:spawn|spawnSync|execFile|execFileSync)\(\s*['"]node['"]/;
	const offenders = [...sources('scripts'), ...sources('tests'), ...sources('src')].filter((path) =>
		byName.test(read(path)),
	);
	expect(offenders).toEqual([]);
});

test('the Node version the README states is the one package.json accepts', () => {
	const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
	const stated = /Node\.js \(any version from (\d+) up\)/.exec(read('README.md'))?.[1];
	expect(stated).toBeDefined();
	expect(engines).toBe(`>=${stated}`);
});

test('CONTRIBUTING’s steps for adding a paper name every command a contributor must run', () => {
	const text = read('CONTRIBUTING.md');
	const steps = text.slice(text.indexOf('## Add a paper'), text.indexOf('### Fields and ids'));
	for (const command of ['npm run new:paper', 'npm run validate', 'npm run urls', 'npm run verify'])
		expect(steps, command).toContain(command);
});
