/**
 * Page weight benchmark: what a first visit downloads, per page type, and what a first search
 * adds, for this site and for a minimal Starlight site holding the same introduction chapter.
 *
 * Pages are loaded in headless Chromium (playwright-core, system Chromium) from a local static
 * server. The server logs every body it sends; sizes are computed from those bodies with node:zlib
 * (gzip 9, brotli 11), so both sites are measured with the same compressor. A fresh browser
 * context per measurement means an empty cache.
 *
 * "At load" is everything fetched before the network goes quiet for a second without any input,
 * including what a page fetches after its `load` event (Starlight loads its search UI at idle
 * time). Inline scripts count as HTML, not as JavaScript.
 *
 * "Time to first result" types the same query into the header field under Chrome DevTools' Slow 4G
 * preset (562.5 ms round trip, 1.44 Mbit/s down) and 4x CPU slowdown, applied through the Chrome
 * DevTools Protocol, and times from the focus of the field, and from the last keystroke, until the
 * first result is drawn. For it the server gzips text, as a static host does. The median of `runs` fresh contexts is printed, with the KiB that search
 * downloaded.
 *
 * Usage: npm run bench:weight [-- --fresh] [-- --list] [-- --search]
 *   --fresh  rebuilds the cached Starlight baseline
 *   --search only times the throttled first search (no page weights, no Starlight)
 *   --list   also prints every response of both chapter pages and of their first search
 */
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBuiltSite } from './lib/built-site.ts';
import {
	serveDirectory,
	sumSizes,
	transferSizes,
	type ServedFile,
	type Sizes,
	type StaticServer,
} from './lib/static-server.ts';
import { ensureStarlightSite, starlightChapterPath } from './lib/starlight-site.ts';
import { formatKiB, formatTable } from './lib/table.ts';

const pageTypes: [string, string][] = [
	['home', '/'],
	['chapter', '/chapters/introduction/'],
	['catalog', '/papers/'],
	['paper', '/papers/zhang2020-gmi/'],
	['search', '/search/'],
];
const chapterPath = '/chapters/introduction/';
const searchTerm = 'gradient';
/** The network counts as quiet when the server has sent nothing for this long. */
const quietMs = 1000;
/** Chrome DevTools' "Slow 4G" preset (SDK.NetworkManager.Slow4GConditions), in bytes/s and ms. */
const slow4g = {
	offline: false,
	latency: 150 * 3.75,
	downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
	uploadThroughput: (750 * 1000 * 0.9) / 8,
};
/** DevTools' "4x slowdown" of the CPU. */
const cpuSlowdown = 4;
/** Throttled runs per figure; the median is printed. */
const runs = 5;

interface Weight {
	files: ServedFile[];
	requests: number;
	/** Requests the page made after its `load` event, without any input. */
	afterLoad: number;
	total: Sizes;
	javascript: Sizes;
	css: Sizes;
	html: Sizes;
}

interface SearchCost {
	files: ServedFile[];
	requests: number;
	total: Sizes;
	/** Results on screen once the network is quiet: zero means the search did not work. */
	results: number;
}

/** How a site's search is opened and where its results appear. */
interface SearchUi {
	open: (page: Page) => Promise<void>;
	resultSelector: string;
}

const oursSearch: SearchUi = {
	open: async (page) => {
		await page.locator('search input[type=search]').focus();
		await page.locator('search input[type=search]').pressSequentially(searchTerm, { delay: 50 });
	},
	resultSelector: '#site-search-results > ol > li',
};

const starlightSearch: SearchUi = {
	open: async (page) => {
		await page.locator('button[data-open-modal]').first().click();
		const input = page.locator('dialog input');
		await input.first().waitFor({ state: 'visible' });
		await input.first().pressSequentially(searchTerm, { delay: 50 });
	},
	resultSelector: '.pagefind-ui__result',
};

const isType = (pattern: RegExp) => (file: ServedFile) => pattern.test(file.contentType);

/** Sizes of a list of responses, split by kind. */
function weighResponses(files: readonly ServedFile[], afterLoad: number): Weight {
	return {
		files: [...files],
		requests: files.length,
		afterLoad,
		total: sumSizes(files),
		javascript: sumSizes(files.filter(isType(/javascript/))),
		css: sumSizes(files.filter(isType(/^text\/css/))),
		html: sumSizes(files.filter(isType(/^text\/html/))),
	};
}

/** Resolves once the server has sent nothing for `quietMs` (or after 20 s, whichever first). */
async function waitForQuiet(server: StaticServer): Promise<void> {
	const deadline = Date.now() + 20_000;
	let count = server.log.length;
	let since = Date.now();
	while (Date.now() - since < quietMs && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		if (server.log.length !== count) {
			count = server.log.length;
			since = Date.now();
		}
	}
}

/** Opens `path` in a fresh context and returns the page once the network is quiet. */
async function openQuietPage(
	browser: Browser,
	server: StaticServer,
	path: string,
): Promise<{ page: Page; start: number; atLoad: number; close: () => Promise<void> }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const start = server.log.length;
	const response = await page.goto(server.origin + path, { waitUntil: 'load' });
	if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
	const atLoad = server.log.length;
	await waitForQuiet(server);
	return { page, start, atLoad, close: () => context.close() };
}

/** What a first visit to `path` downloads. */
async function measureLoad(browser: Browser, server: StaticServer, path: string): Promise<Weight> {
	const { start, atLoad, close } = await openQuietPage(browser, server, path);
	const files = server.log.slice(start);
	await close();
	return weighResponses(files, server.log.length - atLoad);
}

/** What typing the first query on `path` downloads on top of the page itself. */
async function measureSearch(
	browser: Browser,
	server: StaticServer,
	path: string,
	ui: SearchUi,
): Promise<SearchCost> {
	const { page, close } = await openQuietPage(browser, server, path);
	const start = server.log.length;
	await ui.open(page);
	await waitForQuiet(server);
	const files = server.log.slice(start);
	const results = await page.locator(ui.resultSelector).count();
	await close();
	return { files, requests: files.length, total: sumSizes(files), results };
}

/** One throttled first search: milliseconds to the first drawn result, and what was fetched. */
interface FirstResult {
	fromFocus: number;
	fromLastKey: number;
	files: ServedFile[];
}

/**
 * Types `searchTerm` into the header field of `path` under Slow 4G and 4x CPU slowdown, and times
 * the first result. The page itself loads unthrottled: only the search is measured.
 */
async function measureFirstResult(
	browser: Browser,
	server: StaticServer,
	path: string,
): Promise<FirstResult> {
	const { page, close } = await openQuietPage(browser, server, path);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', slow4g);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	const field = page.locator('search input[type=search]');
	const start = server.log.length;
	const focused = performance.now();
	await field.focus();
	await field.pressSequentially(searchTerm, { delay: 50 });
	const typed = performance.now();
	await page.locator(oursSearch.resultSelector).first().waitFor({ timeout: 60_000 });
	const drawn = performance.now();
	await waitForQuiet(server);
	const files = server.log.slice(start);
	await close();
	return { fromFocus: drawn - focused, fromLastKey: drawn - typed, files };
}

const median = (values: readonly number[]): number => {
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** One line per response, for checking what the totals are made of. */
function formatResponses(title: string, files: readonly ServedFile[]): string {
	const rows = files.map((file) => {
		const sizes = transferSizes(file.body, file.contentType);
		return [
			file.path,
			String(file.status),
			file.contentType.split(';')[0] ?? '',
			formatKiB(sizes.raw),
			formatKiB(sizes.gzip),
		];
	});
	return `\n${title}\n\n${formatTable(['path', 'status', 'type', 'raw', 'gzip'], rows)}`;
}

const { values } = parseArgs({
	options: {
		fresh: { type: 'boolean', default: false },
		list: { type: 'boolean', default: false },
		search: { type: 'boolean', default: false },
	},
});
/** Times `runs` throttled first searches and prints the medians. */
async function reportFirstResult(browser: Browser): Promise<FirstResult[]> {
	// Served gzipped, as a static host serves text: transfer time depends on it.
	const server = await serveDirectory(ensureBuiltSite(), { gzip: true });
	const throttled: FirstResult[] = [];
	for (let run = 0; run < runs; run += 1) {
		throttled.push(await measureFirstResult(browser, server, chapterPath));
	}
	const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	console.log(
		`\nTime to first result ("${searchTerm}" typed into the header field on ${chapterPath}, ` +
			`Slow 4G + ${cpuSlowdown}x CPU slowdown, median of ${runs}): ` +
			`${seconds(median(throttled.map((run) => run.fromLastKey)))} after the last keystroke, ` +
			`${seconds(median(throttled.map((run) => run.fromFocus)))} after focus; first search ` +
			`${formatKiB(median(throttled.map((run) => sumSizes(run.files).gzip)))} gzip in ` +
			`${median(throttled.map((run) => run.files.length))} requests.`,
	);
	await server.close();
	return throttled;
}

const ours = await serveDirectory(ensureBuiltSite());
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
});
if (values.search) {
	try {
		const [first] = await reportFirstResult(browser);
		if (values.list && first)
			console.log(formatResponses('Ours, first throttled search', first.files));
	} finally {
		await browser.close();
		await ours.close();
	}
	process.exit(0);
}
const starlight = await serveDirectory(ensureStarlightSite(values.fresh));

try {
	const weights: [string, string, Weight][] = [];
	for (const [name, path] of pageTypes) {
		weights.push([name, path, await measureLoad(browser, ours, path)]);
	}
	const oursSearchCost = await measureSearch(browser, ours, chapterPath, oursSearch);
	const starlightChapter = await measureLoad(browser, starlight, starlightChapterPath);
	const starlightSearchCost = await measureSearch(
		browser,
		starlight,
		starlightChapterPath,
		starlightSearch,
	);

	console.log('\nThis site, first visit per page type (empty cache, until the network is quiet)\n');
	console.log(
		formatTable(
			['page', 'path', 'requests', 'raw', 'gzip', 'brotli', 'JS raw', 'JS gzip', 'CSS gzip'],
			weights.map(([name, path, weight]) => [
				name,
				path,
				String(weight.requests),
				formatKiB(weight.total.raw),
				formatKiB(weight.total.gzip),
				formatKiB(weight.total.brotli),
				formatKiB(weight.javascript.raw),
				formatKiB(weight.javascript.gzip),
				formatKiB(weight.css.gzip),
			]),
		),
	);
	console.log(
		`\nFirst search ("${searchTerm}" typed into the header field on ${chapterPath}): ` +
			`${oursSearchCost.requests} requests, ${formatKiB(oursSearchCost.total.gzip)} gzip ` +
			`(${formatKiB(oursSearchCost.total.raw)} raw), ${oursSearchCost.results} results shown.`,
	);

	const throttled = await reportFirstResult(browser);

	const [, , oursChapter] = weights.find(([name]) => name === 'chapter') ?? [];
	if (!oursChapter) throw new Error('the chapter page was not measured');
	const ratio = (a: number, b: number) => (b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
	const row = (label: string, a: number, b: number, format: (value: number) => string) => [
		label,
		format(a),
		format(b),
		ratio(a, b),
	];
	console.log(
		`\nChapter page: this site (${chapterPath}) vs Starlight (${starlightChapterPath})\n`,
	);
	console.log(
		formatTable(
			['metric', 'ours', 'Starlight', 'ours / Starlight'],
			[
				row('requests at load', oursChapter.requests, starlightChapter.requests, String),
				row('… after load event', oursChapter.afterLoad, starlightChapter.afterLoad, String),
				row('bytes raw', oursChapter.total.raw, starlightChapter.total.raw, formatKiB),
				row('bytes gzip', oursChapter.total.gzip, starlightChapter.total.gzip, formatKiB),
				row('bytes brotli', oursChapter.total.brotli, starlightChapter.total.brotli, formatKiB),
				row('HTML gzip', oursChapter.html.gzip, starlightChapter.html.gzip, formatKiB),
				row('CSS gzip', oursChapter.css.gzip, starlightChapter.css.gzip, formatKiB),
				row('JS raw', oursChapter.javascript.raw, starlightChapter.javascript.raw, formatKiB),
				row('JS gzip', oursChapter.javascript.gzip, starlightChapter.javascript.gzip, formatKiB),
				row('first search requests', oursSearchCost.requests, starlightSearchCost.requests, String),
				row(
					'first search gzip',
					oursSearchCost.total.gzip,
					starlightSearchCost.total.gzip,
					formatKiB,
				),
				row(
					'load + first search gzip',
					oursChapter.total.gzip + oursSearchCost.total.gzip,
					starlightChapter.total.gzip + starlightSearchCost.total.gzip,
					formatKiB,
				),
				row('search results shown', oursSearchCost.results, starlightSearchCost.results, String),
			],
		),
	);
	if (values.list) {
		console.log(formatResponses(`Ours, ${chapterPath} at load`, oursChapter.files));
		console.log(formatResponses('Ours, first search', oursSearchCost.files));
		const [firstThrottled] = throttled;
		if (firstThrottled)
			console.log(formatResponses('Ours, first throttled search', firstThrottled.files));
		console.log(
			formatResponses(`Starlight, ${starlightChapterPath} at load`, starlightChapter.files),
		);
		console.log(formatResponses('Starlight, first search', starlightSearchCost.files));
	}
} finally {
	await browser.close();
	await ours.close();
	await starlight.close();
}
