/**
 * Mutation testing of src/lib with StrykerJS (`stryker.config.json`): each small change Stryker
 * makes to a module (a flipped condition, an emptied string, a removed call) should make at least
 * one unit or content test fail. Prints, per module and per folder, how many mutants the tests
 * killed, how many survived and how many no test even ran, and the mutation score.
 *
 * A benchmark, not a check: it prints and does not assert, and CI does not run it (a full run
 * takes tens of minutes on two cores). Runs are incremental: Stryker re-tests only mutants whose
 * code or tests changed since the kept report (reports/mutation/report.json, git-ignored), and a
 * run limited to a folder or file keeps the other results, so the table always covers all of
 * src/lib that was ever measured.
 *
 * Usage: npm run mutation [-- src/lib/catalog src/lib/site/urls.ts] [--concurrency 1] [--survivors]
 *   paths        folders or files under src/lib to mutate (default: all of src/lib)
 *   --concurrency  test-runner processes (default 2; use 1 on a busy machine)
 *   --survivors  also list every surviving and uncovered mutant, to know which assertion is missing
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './lib/built-site.ts';
import {
	countMutants,
	mergeReports,
	mutationScore,
	sumCounts,
	type MutationCounts,
	type MutationReport,
} from './lib/mutation-report.ts';
import { formatTable } from './lib/table.ts';

const reportsDir = join(projectRoot, 'reports/mutation');
/** Every result measured so far, merged run after run. */
const keptReport = join(reportsDir, 'report.json');
/** What Stryker reads for incremental mode (`incrementalFile`) and writes (`jsonReporter`). */
const incrementalFile = join(reportsDir, 'incremental.json');
const runReport = join(reportsDir, 'last-run.json');

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		concurrency: { type: 'string', default: '2' },
		survivors: { type: 'boolean', default: false },
	},
});
const scopes = (positionals.length > 0 ? positionals : ['src/lib']).map((path) =>
	relative(projectRoot, join(projectRoot, path)).replace(/\/$/, ''),
);
for (const scope of scopes) {
	if (!scope.startsWith('src/lib') || !existsSync(join(projectRoot, scope)))
		throw new Error(`${scope}: not a folder or file under src/lib.`);
}
const globs = scopes.map((scope) =>
	statSync(join(projectRoot, scope)).isDirectory() ? `${scope}/**/*.ts` : scope,
);

const readReport = (path: string) =>
	existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as MutationReport) : undefined;

mkdirSync(reportsDir, { recursive: true });
const kept = readReport(keptReport);
if (kept) writeFileSync(incrementalFile, JSON.stringify(kept));
rmSync(runReport, { force: true });

const started = performance.now();
const stryker = spawnSync(
	process.execPath,
	[
		join(projectRoot, 'node_modules/@stryker-mutator/core/bin/stryker.js'),
		'run',
		'stryker.config.json',
		'--mutate',
		globs.join(','),
		'--concurrency',
		values.concurrency,
	],
	{ cwd: projectRoot, stdio: 'inherit' },
);
const minutes = (performance.now() - started) / 60_000;
const run = readReport(runReport);
if (stryker.status !== 0 || !run) {
	console.error('Stryker failed; no scores were recorded.');
	process.exit(1);
}
const merged = mergeReports(kept, run);
writeFileSync(keptReport, JSON.stringify(merged));

const inScope = (file: string) =>
	existsSync(join(projectRoot, file)) &&
	scopes.some((scope) => file === scope || file.startsWith(`${scope}/`));
const files = Object.keys(merged.files).filter(inScope).sort();
const percent = (counts: MutationCounts) => {
	const score = mutationScore(counts);
	return score === undefined ? '–' : `${score.toFixed(1)} %`;
};
const cells = (name: string, counts: MutationCounts) => [
	name,
	String(counts.mutants),
	String(counts.killed),
	String(counts.survived),
	String(counts.noCoverage),
	percent(counts),
];

const byFile = new Map(
	files.map((file) => [file, countMutants(merged.files[file]?.mutants ?? [])]),
);
const folders = [...new Set(files.map((file) => dirname(file)))];
const rows: string[][] = [];
for (const folder of folders) {
	const inFolder = files.filter((file) => dirname(file) === folder);
	for (const file of inFolder) rows.push(cells(relative('src/lib', file), byFile.get(file)!));
	const folderCounts = sumCounts(inFolder.map((file) => byFile.get(file)!));
	rows.push(cells(`**${relative('src/lib', folder) || '.'}/**`, folderCounts));
}
const total = sumCounts([...byFile.values()]);
rows.push(cells(`**total (${scopes.join(', ')})**`, total));

console.log(
	`\nMutation score, ${new Date().toISOString().slice(0, 10)}: killed includes timeouts; ` +
		`static mutants (module-level data, run only at import) are ignored (${total.other} ignored or errors).\n`,
);
console.log(formatTable(['module', 'mutants', 'killed', 'survived', 'no coverage', 'score'], rows));
console.log(`\nThis run: ${minutes.toFixed(1)} min for ${globs.join(', ')}.`);

if (values.survivors) {
	console.log('\nSurviving and uncovered mutants:');
	for (const file of files) {
		for (const mutant of merged.files[file]?.mutants ?? []) {
			if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
			const { line, column } = mutant.location.start;
			const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
			console.log(
				`${file}:${line}:${column} ${mutant.status} ${mutant.mutatorName}: ${replacement}`,
			);
		}
	}
}
