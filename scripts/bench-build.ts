/**
 * Build benchmark: wall-clock time and peak memory of the production build (`scripts/build.ts`:
 * validate, astro build, pagefind) for the real content and for synthetic catalogs of N papers.
 *
 * Every build runs cold in its own copy of the project under os.tmpdir() (no `.astro/` cache, no
 * `dist/`), with `node_modules` linked entry by entry so that caches Astro and Vite write into
 * `node_modules/` stay in the copy. Copies are deleted afterwards; nothing here touches the repo.
 *
 * Peak memory is the largest sum of VmRSS over the build process and all its descendants, sampled
 * from /proc every 100 ms. `/usr/bin/time -v` is not used because it reports the largest single
 * process, not the tree. Summed RSS counts shared pages (libraries, the Node binary) once per
 * process, so it slightly overstates what the tree needs; it is what a CI runner's limit sees.
 *
 * Usage: npm run bench:build [-- --sizes 1000,5000]
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import {
	accessLevels,
	attackFamilies,
	defenseCategories,
	defenseStages,
	keysOf,
	modalities,
	priors,
	settings,
} from '../src/lib/catalog/vocabulary.ts';
import { copyProject } from './lib/project-copy.ts';
import { formatNumber, formatTable } from './lib/table.ts';

const defaultSizes = [1000, 5000, 10000];
const sampleIntervalMs = 100;

interface BuildRun {
	label: string;
	papers: number;
	pages: number;
	seconds: number;
	peakMiB: number;
	/** Seconds taken by `npm run validate` alone. */
	validateSeconds: number;
}

/** Parses `--sizes 1000,5000` into catalog sizes; the default is 1,000, 5,000 and 10,000. */
function parseSizes(argv: readonly string[]): number[] {
	const { values } = parseArgs({ args: [...argv], options: { sizes: { type: 'string' } } });
	if (!values.sizes) return defaultSizes;
	const sizes = values.sizes.split(',').map((part) => Number(part.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
		throw new Error(`--sizes takes positive integers separated by commas, got "${values.sizes}"`);
	}
	return sizes;
}

/** Picks the `index`-th value of a list, cycling, so the catalog is varied but reproducible. */
function pick<T>(values: readonly T[], index: number): T {
	const value = values[index % values.length];
	if (value === undefined) throw new Error('pick() needs a non-empty list');
	return value;
}

const firstNames = ['Ada', 'Bo', 'Chen', 'Dana', 'Emeka', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
const lastNames = ['Li', 'Okafor', 'Novak', 'Schmidt', 'Tanaka', 'Haddad', 'Silva', 'Kim', 'Rossi'];
const datasets = ['celeba', 'ffhq', 'facescrub', 'cifar10', 'cifar100', 'imagenet', 'mnist'];
const metrics = ['attack-accuracy', 'fid', 'knn-distance', 'psnr', 'ssim', 'lpips'];

/** Id of the `index`-th synthetic paper; `9912.` arXiv ids cannot clash with real ones. */
const syntheticId = (index: number) => `synthetic-${String(index).padStart(5, '0')}`;

/** Seven in ten synthetic papers are attacks; the first ten all are, so defenses have targets. */
const isSyntheticAttack = (index: number) => index < 10 || index % 10 < 7;

/**
 * One schema-valid synthetic paper, attack or defense. Some attacks
 * build on earlier attacks and most defenses are evaluated against earlier attacks, so the
 * relationship checks and the "cited by" lists have work to do.
 */
function syntheticPaper(index: number): Record<string, unknown> {
	const family = pick(keysOf(attackFamilies), index);
	const setting = pick(keysOf(settings), index * 3);
	const common = {
		title: `Synthetic ${attackFamilies[family].label} Study ${index} on ${settings[setting].label} Models`,
		authors: [0, 1, 2].map(
			(offset) => `${pick(firstNames, index + offset)} ${pick(lastNames, index * 7 + offset)}`,
		),
		year: 2014 + (index % 12),
		arxiv: `9912.${String(index).padStart(5, '0')}`,
		added: '2026-11-29',
		summary: `${attackFamilies[family].description} ${settings[setting].description} Synthetic entry ${index}, generated for the build benchmark.`,
		datasets: [pick(datasets, index), pick(datasets, index + 3)].filter(
			(value, position, all) => all.indexOf(value) === position,
		),
		metrics: [pick(metrics, index)],
	};
	const earlierAttacks = [1, 7, 23]
		.map((step) => index - step)
		.filter((candidate) => candidate >= 0 && isSyntheticAttack(candidate))
		.map(syntheticId);
	if (isSyntheticAttack(index)) {
		return {
			...common,
			kind: 'attack',
			setting,
			modality: pick(keysOf(modalities), index),
			access: [pick(keysOf(accessLevels), index)],
			family,
			prior: pick(keysOf(priors), index),
			...(index % 3 === 0 && earlierAttacks.length > 0 ? { buildsOn: earlierAttacks } : {}),
		};
	}
	return {
		...common,
		kind: 'defense',
		category: pick(keysOf(defenseCategories), index),
		stage: pick(keysOf(defenseStages), index),
		...(earlierAttacks.length > 0 ? { evaluatedAgainst: earlierAttacks } : {}),
	};
}

/** Tops the real catalog up to `total` papers with synthetic ones; the chapter cites real ids. */
function addSyntheticPapers(copy: string, total: number): number {
	const dir = join(copy, 'content', 'papers');
	const real = readdirSync(dir).filter((name) => name.endsWith('.yaml')).length;
	for (let index = 0; index < total - real; index++) {
		writeFileSync(join(dir, `${syntheticId(index)}.yaml`), stringify(syntheticPaper(index)));
	}
	return Math.max(total, real);
}

/** Pids of `root` and all its descendants, from the parent pid in each /proc/<pid>/stat. */
function processTree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // The process ended between readdir and read.
		}
		// The command name may contain spaces and parentheses: fields start after the last ')'.
		const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
	}
	const tree = [root];
	for (let position = 0; position < tree.length; position++) {
		tree.push(...(children.get(tree[position] ?? -1) ?? []));
	}
	return tree;
}

/** Sum of VmRSS over the given pids, in KiB; processes that already exited count as 0. */
function residentKiB(pids: readonly number[]): number {
	let total = 0;
	for (const pid of pids) {
		try {
			const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			total += Number(match?.[1] ?? 0);
		} catch {
			// Exited since the tree was listed.
		}
	}
	return total;
}

/** Counts the HTML pages in a built site. */
function countPages(dist: string): number {
	return readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html'))
		.length;
}

/**
 * Runs the production build in `copy` and measures it. The build's output goes to a log file in
 * the copy; it is printed only if the build fails.
 */
async function measureBuild(copy: string): Promise<{ seconds: number; peakMiB: number }> {
	const logFile = join(copy, 'build.log');
	const log = createWriteStream(logFile);
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/build.ts'], {
		cwd: copy,
		env: {
			...process.env,
			PATH: `${join(copy, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`,
			ASTRO_TELEMETRY_DISABLED: '1',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	let peakKiB = 0;
	const sample = () => {
		if (child.pid) peakKiB = Math.max(peakKiB, residentKiB(processTree(child.pid)));
	};
	const timer = setInterval(sample, sampleIntervalMs);
	const status = await new Promise<number | null>((done) => child.on('close', done));
	clearInterval(timer);
	const seconds = (performance.now() - started) / 1000;
	if (status !== 0) {
		const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`build failed in ${copy} (exit ${status}); last lines:\n${tail}`);
	}
	return { seconds, peakMiB: peakKiB / 1024 };
}

/** Builds one copy of the project with `total` papers (or the real catalog) and cleans up. */
async function runOne(label: string, total: number | undefined): Promise<BuildRun> {
	const copy = copyProject('atlas-bench-build-', { coldCaches: true });
	cleanupOnExit.add(copy);
	try {
		const papersDir = join(copy, 'content', 'papers');
		const papers =
			total === undefined
				? readdirSync(papersDir).filter((name) => name.endsWith('.yaml')).length
				: addSyntheticPapers(copy, total);
		process.stdout.write(`Building ${label} (${formatNumber(papers)} papers)… `);
		// `npm run validate` alone (schemas, relationships, chapters), as contributors run it.
		const validateStarted = performance.now();
		const validation = spawnSync(process.execPath, ['scripts/validate.ts'], {
			cwd: copy,
			encoding: 'utf8',
		});
		const validateSeconds = (performance.now() - validateStarted) / 1000;
		if (validation.status !== 0)
			throw new Error(`validate failed in ${copy}:\n${validation.stderr.slice(0, 2000)}`);
		const { seconds, peakMiB } = await measureBuild(copy);
		const pages = countPages(join(copy, 'dist'));
		console.log(`${seconds.toFixed(1)} s, ${Math.round(peakMiB)} MiB`);
		return { label, papers, pages, seconds, peakMiB, validateSeconds };
	} finally {
		rmSync(copy, { recursive: true, force: true });
		cleanupOnExit.delete(copy);
	}
}

/** Least-squares slope and intercept of y against x. */
function linearFit(points: readonly [number, number][]): {
	slope: number;
	intercept: number;
} {
	const n = points.length;
	const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
	const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
	let covariance = 0;
	let variance = 0;
	for (const [x, y] of points) {
		covariance += (x - meanX) * (y - meanY);
		variance += (x - meanX) ** 2;
	}
	const slope = variance === 0 ? 0 : covariance / variance;
	return { slope, intercept: meanY - slope * meanX };
}

/** Temporary copies still on disk, removed if the run is interrupted. */
const cleanupOnExit = new Set<string>();
process.on('SIGINT', () => {
	for (const copy of cleanupOnExit) rmSync(copy, { recursive: true, force: true });
	process.exit(130);
});

const sizes = parseSizes(process.argv.slice(2));
const runs: BuildRun[] = [await runOne('real content', undefined)];
for (const size of sizes) runs.push(await runOne(`synthetic ${formatNumber(size)}`, size));

console.log(
	`\nProduction build (validate + astro build + pagefind), cold, ${process.version}, ` +
		`peak = summed VmRSS of the process tree sampled every ${sampleIntervalMs} ms\n`,
);
console.log(
	formatTable(
		['catalog', 'papers', 'pages', 'validate s', 'build s', 'peak MiB', 'ms / page'],
		runs.map((run) => [
			run.label,
			formatNumber(run.papers),
			formatNumber(run.pages),
			run.validateSeconds.toFixed(2),
			run.seconds.toFixed(1),
			formatNumber(run.peakMiB),
			((run.seconds * 1000) / run.pages).toFixed(1),
		]),
	),
);

if (runs.length >= 2) {
	const time = linearFit(runs.map((run) => [run.papers, run.seconds * 1000]));
	const memory = linearFit(runs.map((run) => [run.papers, run.peakMiB]));
	console.log(
		`\nMarginal cost per extra paper (least-squares fit over ${runs.length} builds): ` +
			`${time.slope.toFixed(2)} ms and ${(memory.slope * 1024).toFixed(1)} KiB ` +
			`(${memory.slope.toFixed(4)} MiB); fixed cost ≈ ${(time.intercept / 1000).toFixed(1)} s ` +
			`and ${Math.round(memory.intercept)} MiB.`,
	);
}
