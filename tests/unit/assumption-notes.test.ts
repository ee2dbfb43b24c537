import { describe, expect, test } from 'vitest';
import {
	assumptionNoteProblems,
	parseAssumptionNote,
	recordedFields,
} from '../../src/lib/validation/assumption-notes.ts';
import type { AssumptionSet } from '../../src/schemas/assumptions.ts';

const whiteBox: AssumptionSet = {
	observes: ['weights'],
	knows: { 'target-label': true, architecture: true },
	brings: ['none'],
};
const file = (note: string) => `${note}\ntitle: 'A paper'\nassumptions:\n  - observes: [weights]\n`;

describe('the "# assumptions:" note', () => {
	test('entries name fields, variants and several fields at once', () => {
		expect(
			parseAssumptionNote(
				"# assumptions: read in the PDF, p.3;; observes.weights: p.3: 'white-box access' | [black-box] queryBudget, brings: abstract: 'unlimited queries and public data' | knows.targetLabel: §3 | knows.later-layers: §3: 'the server holds the rest'",
			),
		).toEqual({
			source: 'the PDF, p.3',
			entries: [
				{ fields: ['observes'], quoted: true },
				{ fields: ['queryBudget', 'brings'], quoted: true },
				{ fields: ['knows.target-label'], quoted: false },
				{ fields: ['knows.later-layers'], quoted: true },
			],
		});
	});

	test('spacing is forgiving; an entry without a field or with a token quote counts for nothing', () => {
		expect(
			parseAssumptionNote(
				"# assumptions: read in  the PDF  ;;[white-box]observes: p.2: 'white-box access' | queryBudget ,  brings : p.4: 'unlimited queries' | a note without a colon | trains: p.5: 'ok' |  ",
			),
		).toEqual({
			source: 'the PDF',
			entries: [
				{ fields: ['observes'], quoted: true },
				{ fields: ['queryBudget', 'brings'], quoted: true },
				{ fields: [''], quoted: false },
				{ fields: ['trains'], quoted: false },
			],
		});
	});

	test.each([
		["# assumptions: observes: abstract: 'white-box'"],
		["# assumptions: read in the abstract, observes: abstract: 'white-box'"],
	])('a note without "read in …;;" is refused: %s', (note) => {
		expect(parseAssumptionNote(note)).toMatch(/it must read/);
	});

	test('every recorded field is listed, knowledge item by item, never the variant name', () => {
		expect(
			recordedFields([
				{ ...whiteBox, name: 'white-box' },
				{ observes: ['labels-only'], topK: 1 },
			]),
		).toEqual(['observes', 'knows.target-label', 'knows.architecture', 'brings', 'topK']);
	});
});

describe('problems with the provenance of a threat model', () => {
	test('a fully quoted note passes; a paper without assumptions needs none', () => {
		const note =
			"# assumptions: read in the abstract;; observes: abstract: 'the weights are public' | knows.targetLabel, knows.architecture: abstract: 'a chosen class of a known network' | brings: abstract: 'no auxiliary data'";
		expect(assumptionNoteProblems(file(note), [whiteBox])).toEqual([]);
		expect(assumptionNoteProblems("title: 'A paper'\n", [])).toEqual([]);
	});

	test('each recorded field without a quote is named, with the entry to add', () => {
		const note =
			"# assumptions: read in the abstract;; observes: abstract: 'the weights are public' | knows.architecture: abstract";
		expect(assumptionNoteProblems(file(note), [whiteBox])).toEqual([
			'knows.target-label is recorded but the "# assumptions:" line quotes nothing for it (add "knows.targetLabel: <where>: \'<quote>\'")',
			'knows.architecture is recorded but the "# assumptions:" line quotes nothing for it (add "knows.architecture: <where>: \'<quote>\'")',
			'brings is recorded but the "# assumptions:" line quotes nothing for it (add "brings: <where>: \'<quote>\'")',
		]);
	});

	test('a missing, repeated or misshapen note is refused', () => {
		expect(assumptionNoteProblems("title: 'A paper'\n", [whiteBox])[0]).toMatch(
			/^recorded without a "# assumptions: read in/,
		);
		const twice = "# assumptions: read in a;; observes: x: 'yes, weights'\n";
		expect(assumptionNoteProblems(file(twice + twice), [{ observes: ['weights'] }])).toEqual([
			'has 2 "# assumptions:" lines; keep one',
		]);
		expect(assumptionNoteProblems(file('# assumptions: observes'), [whiteBox])[0]).toMatch(
			/^the "# assumptions:" line: it must read/,
		);
	});
});
