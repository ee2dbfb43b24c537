/**
 * Scaffolds a catalog entry: `npm run new:paper -- --title "..." --authors "A B; C D" --year 2024
 * --kind attack --arxiv 2401.01234 --setting classifier --access white-box --summary "..."`.
 * Missing required values are asked for when run in a terminal. Suggests the id from the first
 * author, year and short name (`--short`), refuses an id or arXiv id already in the catalog, and
 * writes content/papers/<id>.yaml only if the entry validates.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { checkNewPaper, renderPaper, suggestId, type NewPaper } from './lib/scaffold.ts';
import { loadCatalog } from '../src/lib/validation/catalog.ts';

/** Stops with one line on stderr: what is wrong and how to fix it, never a stack trace. */
function fail(message: string): never {
	console.error(`new:paper: ${message}`);
	process.exit(2);
}

const options = {
	dir: { type: 'string', default: 'content/papers' },
	id: { type: 'string' },
	short: { type: 'string' },
	name: { type: 'string' },
	title: { type: 'string' },
	authors: { type: 'string' },
	year: { type: 'string' },
	kind: { type: 'string' },
	venue: { type: 'string' },
	'venue-short': { type: 'string' },
	'venue-kind': { type: 'string' },
	'venue-year': { type: 'string' },
	arxiv: { type: 'string' },
	doi: { type: 'string' },
	url: { type: 'string' },
	code: { type: 'string' },
	summary: { type: 'string' },
	setting: { type: 'string' },
	modality: { type: 'string' },
	access: { type: 'string' },
	family: { type: 'string' },
	prior: { type: 'string' },
	category: { type: 'string' },
	stage: { type: 'string' },
	'builds-on': { type: 'string' },
	'compared-with': { type: 'string' },
	'evaluated-against': { type: 'string' },
	evaluates: { type: 'string' },
	datasets: { type: 'string' },
	metrics: { type: 'string' },
} as const;

let parsed: ReturnType<typeof parseArgs<{ options: typeof options }>>;
try {
	parsed = parseArgs({ options });
} catch (error) {
	// parseArgs names the bad flag; the list of good ones is the fix.
	fail(
		`${error instanceof Error ? error.message : String(error)} (flags: ${Object.keys(options)
			.map((name) => `--${name}`)
			.join(', ')})`,
	);
}
const flags = parsed.values;
if (!existsSync(flags.dir))
	fail(`the folder ${flags.dir} does not exist (run from the project root, or pass --dir)`);

const interactive = process.stdin.isTTY && process.stdout.isTTY;
const prompt = interactive
	? createInterface({ input: process.stdin, output: process.stdout })
	: undefined;

/** A flag's value, or the answer to a prompt in a terminal; undefined when neither is given. */
async function value(name: keyof typeof flags, question: string): Promise<string | undefined> {
	const given = flags[name];
	if (typeof given === 'string' && given.trim()) return given.trim();
	if (!prompt) return undefined;
	const answer = (await prompt.question(`${question}: `)).trim();
	return answer || undefined;
}

const list = (text: string | undefined, separator = ',') =>
	text
		?.split(separator)
		.map((item) => item.trim())
		.filter(Boolean);
const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));

const title = (await value('title', 'Title (as published)')) ?? '';
const authors = list(await value('authors', 'Authors, full names separated by ";"'), ';') ?? [];
const year = number(await value('year', 'Year of the first public version')) ?? Number.NaN;
const kind = (await value('kind', 'Kind (attack, defense, survey, benchmark, analysis)')) ?? '';
const arxiv = await value('arxiv', 'arXiv id (e.g. 2401.01234; empty if none)');
const paper: NewPaper = { title, authors, year, kind, arxiv };
const venueName = flags.venue;
if (venueName)
	paper['venue'] = {
		name: venueName,
		...(flags['venue-short'] ? { short: flags['venue-short'] } : {}),
		// No default: a guessed kind would publish a journal article as a conference paper.
		kind: await value('venue-kind', 'Venue kind (conference, journal, workshop, preprint)'),
		...(flags['venue-year'] ? { year: number(flags['venue-year']) } : {}),
	};
for (const key of ['doi', 'url', 'code'] as const) if (flags[key]) paper[key] = flags[key];
if (flags.name) paper['short'] = flags.name;
paper['added'] = new Date().toISOString().slice(0, 10);
paper['summary'] = await value('summary', 'Summary: one or two sentences in your own words');
if (kind === 'attack') {
	paper['setting'] = await value('setting', 'Setting (e.g. classifier, federated-learning)');
	paper['access'] = list(
		await value('access', 'Access, comma-separated (e.g. white-box, label-only)'),
	);
	for (const key of ['modality', 'family', 'prior'] as const)
		if (flags[key]) paper[key] = flags[key];
	paper['buildsOn'] = list(flags['builds-on']);
	paper['comparedWith'] = list(flags['compared-with']);
	paper['evaluatedAgainst'] = list(flags['evaluated-against']);
} else if (kind === 'defense') {
	paper['category'] = await value('category', 'Category (e.g. differential-privacy)');
	if (flags.stage) paper['stage'] = flags.stage;
	paper['buildsOn'] = list(flags['builds-on']);
	paper['comparedWith'] = list(flags['compared-with']);
	paper['evaluatedAgainst'] = list(flags['evaluated-against']);
} else {
	paper['buildsOn'] = list(flags['builds-on']);
	paper['evaluates'] = list(flags.evaluates);
}
paper['datasets'] = list(flags.datasets);
paper['metrics'] = list(flags.metrics);
prompt?.close();

const id = flags.id ?? suggestId(authors[0] ?? '', year, title, flags.short ?? flags.name);
const { papers } = loadCatalog(flags.dir);
const ids = new Set(
	readdirSync(flags.dir)
		.filter((name) => name.endsWith('.yaml'))
		.map((name) => name.replace(/\.yaml$/, '')),
);
const arxivIds = new Map(papers.flatMap((entry) => (entry.arxiv ? [[entry.arxiv, entry.id]] : [])));
const problems = checkNewPaper(id, paper, { ids, arxivIds });
const file = join(flags.dir, `${id}.yaml`);
if (problems.length > 0 || existsSync(file)) {
	for (const problem of problems) console.error(`${file}: ${problem}`);
	console.error('\nNothing was written. Pass the missing values as flags, e.g. --summary "...".');
	process.exit(1);
}
writeFileSync(file, renderPaper(paper));
console.log(`Wrote ${file}. Check every field at the paper's arXiv, DOI or proceedings page,`);
console.log('fill in the "# verified:" line, then run npm run validate.');
