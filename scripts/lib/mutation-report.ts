/**
 * Mutation scores from Stryker's JSON report (the mutation-testing-report-schema format), per
 * module, per folder and in total, and the merging of one run's report into the kept one.
 */

/** The parts of a Stryker JSON report this project reads. */
export interface MutationReport {
	files: Record<string, { mutants: Mutant[] } & Record<string, unknown>>;
	testFiles?: Record<string, unknown>;
	[key: string]: unknown;
}

/** One mutant: what was changed, where, and whether a test noticed. */
export interface Mutant {
	status: string;
	mutatorName: string;
	replacement?: string;
	location: { start: { line: number; column: number } };
}

/** Counts for a module, a folder or the total. */
export interface MutationCounts {
	mutants: number;
	killed: number;
	survived: number;
	noCoverage: number;
	/** Timed out (an infinite loop, counted as detected), errors and ignored (static) mutants. */
	other: number;
}

/** Mutants that count towards the score; Stryker's "mutation score" excludes errors and ignored ones. */
export function countMutants(mutants: readonly Mutant[]): MutationCounts {
	const counts: MutationCounts = { mutants: 0, killed: 0, survived: 0, noCoverage: 0, other: 0 };
	for (const { status } of mutants) {
		if (status === 'Killed' || status === 'Timeout') counts.killed += 1;
		else if (status === 'Survived') counts.survived += 1;
		else if (status === 'NoCoverage') counts.noCoverage += 1;
		else {
			counts.other += 1;
			continue;
		}
		counts.mutants += 1;
	}
	return counts;
}

/** Adds counts together, e.g. a folder's modules. */
export function sumCounts(all: readonly MutationCounts[]): MutationCounts {
	const total: MutationCounts = { mutants: 0, killed: 0, survived: 0, noCoverage: 0, other: 0 };
	for (const counts of all)
		for (const key of Object.keys(total) as (keyof MutationCounts)[]) total[key] += counts[key];
	return total;
}

/** Killed (and timed-out) mutants as a share of all valid ones, in percent; `undefined` when none. */
export function mutationScore(counts: MutationCounts): number | undefined {
	return counts.mutants === 0 ? undefined : (100 * counts.killed) / counts.mutants;
}

/**
 * The kept report with one run's files and test files replacing theirs: a run limited to a
 * folder leaves every other folder's results as they were.
 */
export function mergeReports(
	kept: MutationReport | undefined,
	run: MutationReport,
): MutationReport {
	return {
		...run,
		files: { ...kept?.files, ...run.files },
		testFiles: { ...kept?.testFiles, ...run.testFiles },
	};
}
