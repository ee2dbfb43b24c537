/**
 * The pure half of `npm run new:paper`: suggest an id, check the new entry against the catalog,
 * and render it as YAML in the catalog's field order. `scripts/new-paper.ts` does the I/O.
 */
import { Document, visit } from 'yaml';
import { paperIdPattern, paperSchema } from '../../src/schemas/paper.ts';
import { surname } from '../../src/lib/citation/names.ts';
import { idWord } from '../../src/lib/site/slugs.ts';
import { describeIssue } from '../../src/lib/validation/issue-messages.ts';

/** What a contributor supplies; lists are already split. */
export type NewPaper = Record<string, unknown> & {
	title: string;
	authors: string[];
	year: number;
	kind: string;
	arxiv?: string | undefined;
};

const stopWords = new Set([
	'a',
	'an',
	'the',
	'on',
	'of',
	'for',
	'via',
	'and',
	'to',
	'in',
	'with',
	'towards',
]);

/**
 * Suggests `<surname><year>-<short>`: the short name given, else the first meaningful title word.
 * "Zhang", 2020, "GMI" -> "zhang2020-gmi".
 */
export function suggestId(
	firstAuthor: string,
	year: number,
	title: string,
	short?: string,
): string {
	const word =
		short ??
		title
			.split(/[^\p{L}\p{N}]+/u)
			.find((candidate) => candidate.length > 2 && !stopWords.has(candidate.toLowerCase())) ??
		'paper';
	const suggestion = `${idWord(surname(firstAuthor)) || 'author'}${year}-${idWord(word) || 'paper'}`;
	return paperIdPattern.test(suggestion) ? suggestion : `paper${year}-${idWord(word)}`;
}

/** Field order of written entries: identity first, then kind and its fields. */
const order = [
	'title',
	'authors',
	'year',
	'venue',
	'arxiv',
	'doi',
	'url',
	'code',
	'added',
	'kind',
	'short',
	'summary',
	'setting',
	'modality',
	'access',
	'family',
	'prior',
	'category',
	'stage',
	'buildsOn',
	'comparedWith',
	'evaluatedAgainst',
	'evaluates',
	'datasets',
	'metrics',
];

/**
 * Problems that stop the entry being written: schema problems, an id or arXiv id that is already
 * in the catalog. Returns `<field>: <message>` lines.
 */
export function checkNewPaper(
	id: string,
	paper: NewPaper,
	catalog: { ids: ReadonlySet<string>; arxivIds: ReadonlyMap<string, string> },
): string[] {
	const problems: string[] = [];
	if (!paperIdPattern.test(id))
		problems.push(
			`id: "${id}" is not a valid id (lowercase letters, digits and hyphens, e.g. zhang2020-gmi)`,
		);
	if (catalog.ids.has(id))
		problems.push(
			`id: content/papers/${id}.yaml already exists (choose another short name with --short)`,
		);
	const existing = paper.arxiv ? catalog.arxivIds.get(paper.arxiv) : undefined;
	if (existing)
		problems.push(
			`arxiv: ${paper.arxiv} is already in the catalog as ${existing} (edit that entry instead)`,
		);
	const parsed = paperSchema.safeParse(paper, { reportInput: true });
	if (!parsed.success)
		for (const issue of parsed.error.issues) {
			const { field, message } = describeIssue(issue);
			problems.push(`${field}: ${message}`);
		}
	return problems;
}

/** The YAML file of a new entry, with a schema hint for editors on the first line. */
export function renderPaper(paper: NewPaper): string {
	const fields = Object.fromEntries(
		order.filter((key) => paper[key] !== undefined).map((key) => [key, paper[key]]),
	);
	const document = new Document(fields);
	// Lists on one line, as in the rest of the catalog: `access: [white-box, label-only]`.
	visit(document, {
		Seq(_, node) {
			node.flow = true;
		},
	});
	return [
		'# yaml-language-server: $schema=../paper.schema.json',
		'# verified: <which page confirmed which fields, e.g. "arXiv abs page: title, authors, year">',
		document.toString({ lineWidth: 100, flowCollectionPadding: false }),
	].join('\n');
}
