/**
 * The malformed-content corpus (tests/fixtures/malformed/): every case is rejected by `validate`
 * with exactly its expected lines, and by the production build, which publishes nothing.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateContent } from '../../scripts/lib/validate-content.ts';
import { formatProblem } from '../../src/lib/validation/catalog.ts';
import { buildProject, copyProject, removeProject } from '../support/project.ts';

const corpus = 'tests/fixtures/malformed';
const cases = readdirSync(corpus, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const expected = (name: string) =>
	readFileSync(join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n');

test('the corpus has at least 25 cases, each with an expected message', () => {
	expect(cases.length).toBeGreaterThanOrEqual(25);
	for (const name of cases) expect(expected(name).length, name).toBeGreaterThan(0);
});

describe('validate rejects each case with its expected message', () => {
	test.each(cases)('%s', (name) => {
		const root = join(corpus, name);
		const lines = validateContent(root).problems.map((problem) =>
			formatProblem(problem).replace(`${root}/`, ''),
		);
		expect(lines).toEqual(expected(name));
	});
});

// `npm run mutation` skips the builds: they run in child processes, where no mutant is measured.
const describeBuilds = process.env['ATLAS_MUTATION'] === '1' ? describe.skip : describe;

describeBuilds('the build rejects each case with the same message and publishes nothing', () => {
	let project = '';
	beforeAll(() => {
		project = copyProject();
	});
	afterAll(() => removeProject(project));

	test.each(cases)('%s', (name) => {
		rmSync(join(project, 'content'), { recursive: true, force: true });
		mkdirSync(join(project, 'content/chapters'), { recursive: true });
		cpSync(join(corpus, name), join(project, 'content'), { recursive: true });
		const { status, output } = buildProject(project);
		expect(status).not.toBe(0);
		for (const line of expected(name)) expect(output).toContain(`content/${line}`);
		expect(existsSync(join(project, 'dist'))).toBe(false);
	});
});
