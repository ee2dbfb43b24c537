/**
 * Adding one YAML file adds the paper everywhere: its page, the catalog, the comparison pages,
 * the exports and its relations' pages. Builds a copy of the project with two fixture entries.
 * The fixture's title carries markup, quotes, braces and non-ASCII text, which must come out
 * intact and inert in HTML, JSON, CSV and BibTeX.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildProject, copyProject, removeProject } from '../support/project.ts';

const fixtures = 'tests/fixtures/new-entry';
const probe = 'fixture2021-probe';
const shield = 'fixture2022-shield';
const { title: titleOfProbe, summary } = parseYaml(
	readFileSync(`${fixtures}/${probe}.yaml`, 'utf8'),
) as {
	title: string;
	summary: string;
};
let project = '';
const read = (path: string) => readFileSync(join(project, 'dist', path), 'utf8');

/** An entry made by `npm run new:paper`, as a contributor would. */
const scaffolded = 'lovelace2024-scaffold';
const newPaper = (extra: string[] = []) =>
	spawnSync(
		process.execPath,
		[
			'scripts/new-paper.ts',
			'--short',
			'scaffold',
			'--title',
			'Scaffolded Entry for Model Inversion Tests',
			'--authors',
			'Ada Lovelace; Alan Turing',
			'--year',
			'2024',
			'--kind',
			'attack',
			'--arxiv',
			'2412.99999',
			'--setting',
			'classifier',
			'--access',
			'label-only',
			'--summary',
			'An entry written by the scaffold script in a test.',
			...extra,
		],
		{ cwd: project, encoding: 'utf8' },
	);

beforeAll(() => {
	project = copyProject();
	for (const id of [probe, shield])
		copyFileSync(`${fixtures}/${id}.yaml`, join(project, `content/papers/${id}.yaml`));
	const scaffold = newPaper();
	if (scaffold.status !== 0) throw new Error(`new:paper failed:\n${scaffold.stderr}`);
	const { status, output } = buildProject(project);
	if (status !== 0) throw new Error(`build with fixture entries failed:\n${output}`);
});

afterAll(() => removeProject(project));

describe('a new entry appears everywhere', () => {
	test('its own page, with its relations', () => {
		const page = read(`papers/${probe}/index.html`);
		expect(page).toContain('href="/papers/zhang2020-gmi/"');
		expect(page).toContain(`href="/papers/${shield}/"`);
		expect(read(`papers/${shield}/index.html`)).toContain(`href="/papers/${probe}/"`);
	});

	test('the page of the paper it builds on links back', () => {
		expect(read('papers/zhang2020-gmi/index.html')).toContain(`href="/papers/${probe}/"`);
	});

	test('the catalog table, with its filter attributes', () => {
		expect(read('papers/index.html')).toMatch(
			new RegExp(
				`<tr data-id="${probe}" data-kind="attack" data-family="gradient-inversion" data-access="label-only"`,
			),
		);
	});

	test('the comparison pages', () => {
		expect(read('compare/attacks/index.html')).toContain(`href="/papers/${probe}/"`);
		expect(read('compare/defenses/index.html')).toContain(`href="/papers/${shield}/"`);
		const matrix = read('compare/matrix/index.html');
		expect(matrix).toContain(`href="/papers/${probe}/"`);
		expect(matrix).toContain(`href="/papers/${shield}/"`);
	});

	test('the exports', () => {
		const json = JSON.parse(read('data/papers.json')) as {
			papers: { id: string; title: string }[];
		};
		expect(json.papers.find((paper) => paper.id === probe)?.title).toBe(titleOfProbe);
		const csv = parseCsv<Record<string, string>>(read('data/papers.csv'), { columns: true });
		expect(csv.find((row) => row['id'] === probe)?.['summary']).toBe(summary);
		const bib = parseBibtex(read('data/papers.bib'), { sentenceCase: false });
		expect(bib.errors).toEqual([]);
		const entry = bib.entries.find((candidate) => candidate.key === probe);
		expect(String(entry?.fields['title']).normalize('NFC')).toContain('Ünïcode');
		expect(String(entry?.fields['title'])).toContain('"Label-Only"');
	});
});

test('the Atom feed carries the title intact and escaped, so readers show it as text', () => {
	const feed = read('feed.xml');
	const entry = /<entry>([\s\S]*?)<\/entry>/.exec(feed)?.[1] ?? '';
	expect(entry).toContain(`/papers/${probe}/`);
	const title = /<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/.exec(entry)?.[1] ?? '';
	expect(title).not.toContain('<');
	const decoded = title
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');
	expect(decoded).toBe(`Paper: ${titleOfProbe}`);
});

test('markup in a title or summary is shown as text, never as HTML', () => {
	for (const path of [
		`papers/${probe}/index.html`,
		'papers/index.html',
		'compare/attacks/index.html',
	]) {
		// Inside a quoted attribute value (e.g. the meta description) "<" is inert text.
		const page = read(path).replace(/="[^"]*"/g, '=""');
		expect(page, path).not.toContain('<script>alert(1)</script>');
		expect(page, path).not.toContain('<b>"Label-Only"</b>');
		expect(page, path).not.toContain('<img src=x');
	}
	expect(read(`papers/${probe}/index.html`)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
});

describe('npm run new:paper', () => {
	test('scaffolds an entry that validates and appears on the site after a build', () => {
		expect(read(`papers/${scaffolded}/index.html`)).toContain(
			'Scaffolded Entry for Model Inversion Tests',
		);
		expect(read('papers/index.html')).toContain(`data-id="${scaffolded}"`);
	});

	test('a bad flag or a missing folder stops with one line, not a stack trace', () => {
		const badFlag = newPaper(['--venu', 'ICML']);
		expect(badFlag.status).toBe(2);
		expect(badFlag.stderr.trim().split('\n')).toHaveLength(1);
		expect(badFlag.stderr).toMatch(/new:paper: .*--venu.*\(flags: --dir, /);
		const noFolder = newPaper(['--dir', 'content/nope']);
		expect(noFolder.status).toBe(2);
		expect(noFolder.stderr.trim()).toBe(
			'new:paper: the folder content/nope does not exist (run from the project root, or pass --dir)',
		);
	});

	test('refuses an id or arXiv id that already exists, and writes nothing', () => {
		const again = newPaper();
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists');
		const sameArxiv = newPaper(['--short', 'other', '--arxiv', '1911.07135']);
		expect(sameArxiv.status).toBe(1);
		expect(sameArxiv.stderr).toContain('1911.07135 is already in the catalog as zhang2020-gmi');
		expect(existsSync(join(project, 'content/papers/lovelace2024-other.yaml'))).toBe(false);
	});
});
