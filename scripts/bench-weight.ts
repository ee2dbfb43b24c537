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
 * Usage: npm run bench:weight [-- --fresh] [-- --list]
 *   --fresh  rebuilds the cached Starlight baseline
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
	},
});
const starlightDist = ensureStarlightSite(values.fresh);
const ours = await serveDirectory(ensureBuiltSite());
const starlight = await serveDirectory(starlightDist);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
});

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
