import { describe, expect, test } from 'vitest';
import {
	countMutants,
	mergeReports,
	mutationScore,
	sumCounts,
	type Mutant,
} from '../../scripts/lib/mutation-report.ts';

const mutant = (status: string): Mutant => ({
	status,
	mutatorName: 'StringLiteral',
	location: { start: { line: 1, column: 1 } },
});

describe('countMutants and mutationScore', () => {
	test('timeouts count as killed; errors and ignored mutants are left out of the score', () => {
		const counts = countMutants(
			['Killed', 'Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError'].map(
				mutant,
			),
		);
		expect(counts).toEqual({ mutants: 5, killed: 3, survived: 1, noCoverage: 1, other: 2 });
		expect(mutationScore(counts)).toBe(60);
	});

	test('a module without valid mutants has no score', () => {
		expect(mutationScore(countMutants([mutant('Ignored')]))).toBeUndefined();
	});

	test('sums add every count', () => {
		const one = countMutants([mutant('Killed'), mutant('Survived')]);
		const two = countMutants([mutant('NoCoverage'), mutant('RuntimeError')]);
		expect(sumCounts([one, two])).toEqual({
			mutants: 3,
			killed: 1,
			survived: 1,
			noCoverage: 1,
			other: 1,
		});
	});
});

test('mergeReports keeps the files a run did not mutate and replaces those it did', () => {
	const kept = {
		files: { 'a.ts': { mutants: [mutant('Survived')] }, 'b.ts': { mutants: [mutant('Killed')] } },
		testFiles: { 'a.test.ts': { tests: [] } },
	};
	const run = {
		files: { 'a.ts': { mutants: [mutant('Killed')] } },
		testFiles: { 'c.test.ts': { tests: [] } },
		schemaVersion: '1.0',
	};
	const merged = mergeReports(kept, run);
	expect(merged.files['a.ts']?.mutants.map((m) => m.status)).toEqual(['Killed']);
	expect(merged.files['b.ts']?.mutants.map((m) => m.status)).toEqual(['Killed']);
	expect(Object.keys(merged.testFiles ?? {})).toEqual(['a.test.ts', 'c.test.ts']);
	expect(merged['schemaVersion']).toBe('1.0');
	expect(mergeReports(undefined, run).files).toEqual(run.files);
});
