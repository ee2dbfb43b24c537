import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem, loadCatalog, normaliseTitle } from '../../src/lib/validation/catalog.ts';

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

// Every rule has a failing case in the malformed corpus (tests/content/malformed.test.ts).

test('titles are compared without case, accents or punctuation', () => {
	expect(normaliseTitle('Plug & Play Attacks: Towards Robust…')).toBe(
		'plug play attacks towards robust',
	);
	expect(normaliseTitle('Désirée')).toBe('desiree');
});
