/**
 * Lighthouse (mobile, default simulated throttling) on the built site, served locally with gzip as
 * a static host serves it: the four
 * category scores per page type and every non-performance audit that does not fully pass.
 *
 * Lighthouse reports problems in its result rather than through an exit code, so this script only
 * prints figures; it exits non-zero only when Lighthouse itself fails to produce a result.
 * Chrome and Lighthouse leave profile folders in TMPDIR, so TMPDIR points at a folder of our own
 * that is deleted at the end.
 *
 * Usage: npm run lighthouse [-- catalog paper]  (page names limit the run to those pages)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { ensureBuiltSite } from './lib/built-site.ts';
import { serveDirectory } from './lib/static-server.ts';
import { formatTable } from './lib/table.ts';

const allPages: [string, string][] = [
	['home', '/'],
	['chapter', '/chapters/introduction/'],
	['catalog', '/papers/'],
	['paper', '/papers/zhang2020-gmi/'],
	['results', '/results/classifier/'],
	['threat-model', '/threat-model/'],
];
const wanted = process.argv.slice(2);
const pages = wanted.length > 0 ? allPages.filter(([name]) => wanted.includes(name)) : allPages;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lab metrics worth reading next to the performance score, with their display units. */
const metrics: [string, string, (value: number) => string][] = [
	['first-contentful-paint', 'FCP', (ms) => `${(ms / 1000).toFixed(1)} s`],
	['largest-contentful-paint', 'LCP', (ms) => `${(ms / 1000).toFixed(1)} s`],
	['total-blocking-time', 'TBT', (ms) => `${Math.round(ms)} ms`],
	['cumulative-layout-shift', 'CLS', (value) => value.toFixed(3)],
	['speed-index', 'SI', (ms) => `${(ms / 1000).toFixed(1)} s`],
];

interface FailingAudit {
	page: string;
	category: string;
	id: string;
	title: string;
	score: number;
}

/** A category score as Lighthouse shows it (0-100), or a dash when it could not be computed. */
function formatScore(score: number | null | undefined): string {
	return score === null || score === undefined ? '–' : String(Math.round(score * 100));
}

/**
 * Audits of the non-performance categories that score below 1. Audits without a score
 * (not applicable, manual, informative) are not failures and are skipped.
 */
function failingAudits(page: string, lhr: Result): FailingAudit[] {
	const failures: FailingAudit[] = [];
	for (const category of categories) {
		if (category === 'performance') continue;
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || audit.score === null || audit.score >= 1) continue;
			failures.push({ page, category, id: ref.id, title: audit.title, score: audit.score });
		}
	}
	return failures;
}

/** Runs Lighthouse on one URL in the shared Chrome; throws when Lighthouse cannot finish. */
async function audit(url: string, chrome: LaunchedChrome): Promise<Result> {
	const runner = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...categories],
	});
	if (!runner) throw new Error(`Lighthouse returned no result for ${url}`);
	if (runner.lhr.runtimeError) {
		throw new Error(`Lighthouse failed on ${url}: ${runner.lhr.runtimeError.message}`);
	}
	return runner.lhr;
}

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
// chrome-launcher reports a missing binary as an unhandled 'error' event, not a rejected promise.
if (!existsSync(chromePath)) {
	console.error(`No Chrome at ${chromePath}: install chromium or set CHROME_PATH.`);
	process.exit(1);
}
const jobTmp = mkdtempSync(join(tmpdir(), 'atlas-lighthouse-'));
process.env['TMPDIR'] = jobTmp;
// Text goes out gzipped, as GitHub Pages and every static host send it: measured uncompressed, a
// 390 KB results page would be timed as if the host did not compress.
const server = await serveDirectory(ensureBuiltSite(), { gzip: true });
let chrome: LaunchedChrome | undefined;

try {
	chrome = await launch({
		chromePath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	const results: [string, string, Result][] = [];
	for (const [name, path] of pages) {
		const started = performance.now();
		const lhr = await audit(server.origin + path, chrome);
		console.log(`${name} (${path}): ${((performance.now() - started) / 1000).toFixed(1)} s`);
		results.push([name, path, lhr]);
	}
	const version = results[0]?.[2].lighthouseVersion ?? '?';

	console.log(`\nLighthouse ${version}, mobile form factor, simulated throttling\n`);
	console.log(
		formatTable(
			['page', 'path', ...categories],
			results.map(([name, path, lhr]) => [
				name,
				path,
				...categories.map((category) => formatScore(lhr.categories[category]?.score)),
			]),
		),
	);

	console.log('\nPerformance lab metrics\n');
	console.log(
		formatTable(
			['page', ...metrics.map(([, label]) => label)],
			results.map(([name, , lhr]) => [
				name,
				...metrics.map(([id, , format]) => {
					const value = lhr.audits[id]?.numericValue;
					return value === undefined ? '–' : format(value);
				}),
			]),
		),
	);

	const failures = results.flatMap(([name, , lhr]) => failingAudits(name, lhr));
	console.log('\nFailing audits (score < 1) in accessibility, best-practices and seo\n');
	console.log(
		failures.length === 0
			? 'None.'
			: formatTable(
					['page', 'category', 'audit', 'title', 'score'],
					failures.map((failure) => [
						failure.page,
						failure.category,
						failure.id,
						failure.title,
						failure.score.toFixed(2),
					]),
				),
	);
} catch (error) {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exitCode = 1;
} finally {
	chrome?.kill();
	await server.close();
	rmSync(jobTmp, { recursive: true, force: true });
}
