import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, loadCatalog, normaliseTitle } from '../../src/lib/validate.ts';

const attack = (extra = '') => `title: "A Model Inversion Attack"
authors: ["Ada Lovelace"]
year: 2020
arxiv: "2001.00001"
added: 2026-11-29
kind: attack
summary: "Recovers class representatives from a classifier."
setting: classifier
access: [white-box]
${extra}`;

const defense = (extra = '') => `title: "A Defense Against Inversion"
authors: ["Alan Turing"]
year: 2021
doi: "10.1000/xyz123"
added: 2026-11-29
kind: defense
summary: "Regularises training so that inversion recovers less."
category: training-regularisation
${extra}`;

/** Writes `files` (name -> YAML text) into a fresh folder and returns the printed problems. */
function problemsFor(files: Record<string, string | Buffer>): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-papers-'));
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	const prefix = relative(process.cwd(), dir);
	return loadCatalog(dir).problems.map((problem) =>
		formatProblem(problem).replace(`${prefix}/`, ''),
	);
}

test('a valid pair of entries has no problems', () => {
	expect(
		problemsFor({
			'lovelace2020-attack.yaml': attack(),
			'turing2021-defense.yaml': defense('evaluatedAgainst: [lovelace2020-attack]'),
		}),
	).toEqual([]);
});

describe('each rule names the file and the field', () => {
	test.each([
		[
			'wrong type',
			{ 'a2020-x.yaml': attack().replace('year: 2020', 'year: "twenty"') },
			'a2020-x.yaml: year: ',
		],
		[
			'missing required field',
			{ 'a2020-x.yaml': attack().replace(/summary: .*\n/, '') },
			'a2020-x.yaml: summary: ',
		],
		[
			'unknown vocabulary value',
			{ 'a2020-x.yaml': attack().replace('setting: classifier', 'setting: toaster') },
			'a2020-x.yaml: setting: ',
		],
		[
			'unknown field',
			{ 'a2020-x.yaml': attack('colour: blue') },
			'a2020-x.yaml: (entry): Unrecognized key: "colour"',
		],
		[
			'no identifier',
			{ 'a2020-x.yaml': attack().replace(/arxiv: .*\n/, '') },
			'a2020-x.yaml: arxiv: needs at least one of arxiv, doi or url',
		],
		[
			'bad arXiv id',
			{ 'a2020-x.yaml': attack().replace('2001.00001', 'arXiv:2001.00001v2') },
			'a2020-x.yaml: arxiv: must be an arXiv id',
		],
		[
			'bad DOI',
			{ 'b2021-y.yaml': defense().replace('10.1000/xyz123', 'https://doi.org/10.1000/xyz123') },
			'b2021-y.yaml: doi: must be a bare DOI',
		],
		[
			'bad id',
			{ 'Zhang_2020.yaml': attack() },
			'Zhang_2020.yaml: (file name): "Zhang_2020" is not a valid id',
		],
		[
			'malformed YAML',
			{ 'a2020-x.yaml': 'title: "unterminated\nyear: 2020' },
			'a2020-x.yaml: (yaml): ',
		],
		[
			'not UTF-8',
			{ 'a2020-x.yaml': Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xff, 0xfe]) },
			'a2020-x.yaml: (file): is not valid UTF-8',
		],
		[
			'dangling reference',
			{ 'a2020-x.yaml': attack('buildsOn: [nobody2019-missing]') },
			'a2020-x.yaml: buildsOn.0: "nobody2019-missing" is not in the catalog',
		],
		[
			'self reference',
			{ 'a2020-x.yaml': attack('buildsOn: [a2020-x]') },
			'a2020-x.yaml: buildsOn.0: an entry cannot refer to itself',
		],
		[
			'defense evaluated against a defense',
			{
				'b2021-y.yaml': defense('evaluatedAgainst: [c2022-z]'),
				'c2022-z.yaml': defense().replace('A Defense', 'Another Defense').replace('xyz123', 'abc'),
			},
			'b2021-y.yaml: evaluatedAgainst.0: "c2022-z" is a defense, not an attack',
		],
		[
			'duplicate arXiv id',
			{
				'a2020-x.yaml': attack(),
				'a2020-y.yaml': attack().replace('A Model Inversion Attack', 'Other title'),
			},
			'a2020-y.yaml: arxiv: duplicates a2020-x',
		],
		[
			'duplicate title',
			{
				'a2020-x.yaml': attack(),
				'a2020-y.yaml': attack()
					.replace('A Model Inversion Attack', 'a model-inversion attack!')
					.replace('2001.00001', '2001.00002'),
			},
			'a2020-y.yaml: title: duplicates a2020-x',
		],
	])('%s', (_name, files, expected) => {
		const problems = problemsFor(files);
		expect(problems.some((line) => line.startsWith(expected))).toBe(true);
	});
});

test('titles are compared without case, accents or punctuation', () => {
	expect(normaliseTitle('Plug & Play Attacks: Towards Robust…')).toBe(
		'plug play attacks towards robust',
	);
	expect(normaliseTitle('Désirée')).toBe('desiree');
});
