/**
 * BibTeX for catalog entries and for the survey itself, written for the consumers researchers use:
 * classic BibTeX styles (plain, ieeetr, ...), biber/biblatex, pandoc's citeproc and Zotero's
 * BibTeX import. Each of them reads the output differently, which decides the rules here:
 *
 * - accents as `{\'e}` and `{\c{c}}`, never with a space (`{\' e}` garbles names in Zotero);
 * - a title protects only what a style must not lowercase: words with a capital after the first
 *   letter (MIRROR, MIBench, iDLG), the paper's method name and a short list of proper nouns. Other
 *   words stay lowercasable, so sentence-case styles (APA) still work;
 * - `url` is written verbatim and once; `howpublished` never repeats it (pandoc reads it as the
 *   publisher, and Zotero lets it override `url`);
 * - preprints are `@misc` with `eprint`/`archivePrefix` (the arXiv convention, which biblatex maps
 *   to `eprinttype`), and a printed `howpublished` so that classic styles show the arXiv id;
 * - a group author is wrapped in double braces so that it is read as one name, not "Contributors,
 *   Model Inversion Atlas".
 */
import type { Paper } from '../../schemas/paper.ts';
import { splitName } from './names.ts';

/** A BibTeX entry: fields in print order, values already in BibTeX syntax (without outer braces). */
export interface BibEntry {
	type: 'article' | 'inproceedings' | 'misc';
	key: string;
	fields: [name: string, value: string][];
}

/** Combining marks and the LaTeX accent command each becomes. */
const accents: Record<string, string> = {
	'\u0300': '`',
	'\u0301': "'",
	'\u0302': '^',
	'\u0303': '~',
	'\u0304': '=',
	'\u0306': 'u',
	'\u0307': '.',
	'\u0308': '"',
	'\u030A': 'r',
	'\u030B': 'H',
	'\u030C': 'v',
	'\u0327': 'c',
	'\u0328': 'k',
};

/** Letters that are not a base letter plus an accent. */
const specialLetters: Record<string, string> = {
	ø: '{\\o}',
	Ø: '{\\O}',
	ł: '{\\l}',
	Ł: '{\\L}',
	ß: '{\\ss}',
	æ: '{\\ae}',
	Æ: '{\\AE}',
	œ: '{\\oe}',
	Œ: '{\\OE}',
	đ: '{\\dj}',
	Đ: '{\\DJ}',
	ı: '{\\i}',
};

/** Characters LaTeX treats as commands, and how to write them as text. */
const specials: Record<string, string> = {
	'\\': '{\\textbackslash}',
	'{': '\\{',
	'}': '\\}',
	'#': '\\#',
	$: '\\$',
	'%': '\\%',
	'&': '\\&',
	_: '\\_',
	'^': '{\\textasciicircum}',
	'~': '{\\textasciitilde}',
	'\u2014': '---',
	'\u2013': '--',
	'\u00A0': '~',
};

/**
 * Text as BibTeX/LaTeX source: specials escaped, accented Latin letters as accent commands in one
 * brace group without spaces (`é` -> `{\'e}`, `ç` -> `{\c{c}}`). Other characters (CJK, for
 * instance) stay UTF-8, which biber, pandoc and Zotero read and classic BibTeX passes through.
 */
export function latexText(text: string): string {
	let out = '';
	for (const char of text.normalize('NFC')) {
		const special = specials[char] ?? specialLetters[char];
		if (special) {
			out += special;
			continue;
		}
		if (char.charCodeAt(0) < 0x80) {
			out += char;
			continue;
		}
		const [base = '', ...marks] = [...char.normalize('NFD')];
		const commands = marks.map((mark) => accents[mark]);
		if (marks.length === 0 || commands.some((command) => command === undefined) || base > '\x7f') {
			out += char;
			continue;
		}
		// Innermost accent first: ǘ -> {\'{\"u}}.
		let letter = base;
		for (const command of commands as string[]) {
			letter = /[a-zA-Z]/.test(command) ? `\\${command}{${letter}}` : `\\${command}${letter}`;
			letter = `{${letter}}`;
		}
		out += letter;
	}
	return out;
}

/**
 * Proper nouns that may appear capitalized alone in a title and must stay so in every style.
 * Acronyms and mixed-case names (GAN, ResNet, iDLG) need no entry: they are found by their case.
 */
export const properNouns = new Set([
	'Achilles',
	'Bayes',
	'Bayesian',
	'Boltzmann',
	'Chinese',
	'English',
	'Euclidean',
	'Fisher',
	'Fourier',
	'Gaussian',
	'Gibbs',
	'Hessian',
	'Jacobian',
	'Langevin',
	'Lipschitz',
	'Llama',
	'Markov',
	'Rényi',
	'Shapley',
	'Taylor',
	'Wasserstein',
]);

/** True for a word classic styles would damage by lowercasing: a capital after its first character (GAN, iDLG, 3D). */
const hasInnerCapital = (word: string): boolean => /^.+\p{Lu}/u.test(word);

/**
 * A title as BibTeX source with acronyms and proper nouns protected by braces: `{MIRROR}: ...`,
 * `{GAN}-based`, `{Bayesian}`. `names` are extra words to protect (the paper's method name).
 */
export function protectTitle(title: string, names: readonly string[] = []): string {
	const protectedWords = new Set([
		...properNouns,
		...names.flatMap((name) => name.split(/[\s/]+/)),
	]);
	// Words, and the parts of words joined by dashes, are judged one by one; the rest passes through.
	return title
		.split(/(\s+)/)
		.map((token) =>
			/^\s+$/.test(token)
				? token
				: token
						.split(/([-\u2013\u2014])/)
						.map((part) => {
							const word = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
							if (word === '' || !(hasInnerCapital(word) || protectedWords.has(word)))
								return latexText(part);
							const start = part.indexOf(word);
							return `${latexText(part.slice(0, start))}{${latexText(word)}}${latexText(part.slice(start + word.length))}`;
						})
						.join(''),
		)
		.join('');
}

/** A person's name in BibTeX's unambiguous "Family, Given" form ("von Last, First" keeps "von"). */
export function bibtexName(fullName: string): string {
	const { given, family } = splitName(fullName);
	return given ? `${latexText(family)}, ${latexText(given)}` : latexText(family);
}

/** A group (organization) as author: double braces make it one name that is never split. */
export const groupAuthor = (name: string): string => `{${latexText(name)}}`;

/** The `author` field of a list of people. */
export const bibtexAuthors = (names: readonly string[]): string =>
	names.map(bibtexName).join(' and ');

/** A paper with no peer-reviewed venue on record: cited as an arXiv preprint. */
export const isPreprint = (paper: Paper): boolean =>
	!paper.venue || paper.venue.kind === 'preprint';

/** The paper's own URL as readers should follow it: its landing page, else its arXiv page. */
export function paperOwnUrl(paper: Paper): string | undefined {
	return (
		paper.url ??
		(paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : undefined) ??
		(paper.doi ? `https://doi.org/${paper.doi}` : undefined)
	);
}

/** BibTeX's predefined month macros, `jan` to `dec`. */
export const monthMacros = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec',
] as const as readonly string[];

/** The BibTeX entry of a catalog paper, keyed by its id. */
export function paperEntry(paper: Paper): BibEntry {
	const preprint = isPreprint(paper);
	const venue = paper.venue && !preprint ? paper.venue : undefined;
	const type = venue ? (venue.kind === 'journal' ? 'article' : 'inproceedings') : 'misc';
	const fields: BibEntry['fields'] = [
		['author', bibtexAuthors(paper.authors)],
		['title', protectTitle(paper.title, paper.short ? [paper.short] : [])],
	];
	if (venue) fields.push([type === 'article' ? 'journal' : 'booktitle', latexText(venue.name)]);
	// Classic styles print `howpublished` of a @misc: the arXiv id, so the reference can be found.
	if (!venue && paper.arxiv) fields.push(['howpublished', `arXiv preprint arXiv:${paper.arxiv}`]);
	fields.push(['year', String(paper.venue?.year ?? paper.year)]);
	if (paper.doi) fields.push(['doi', paper.doi]);
	if (paper.arxiv) fields.push(['eprint', paper.arxiv], ['archivePrefix', 'arXiv']);
	// A DOI already links the publisher's record; `url` is the landing page or arXiv page.
	const url =
		paper.url ?? (paper.arxiv && (preprint || !paper.doi) ? paperOwnUrl(paper) : undefined);
	if (url) fields.push(['url', url]);
	return { type, key: paper.id, fields };
}

/**
 * One entry as text. `url` and `doi` are written verbatim: BibTeX styles pass them to `\url`/`\doi`,
 * which print `_` and `%` as they are; escaping them would change the address.
 */
export function formatEntry(entry: BibEntry): string {
	const width = Math.max(...entry.fields.map(([name]) => name.length));
	const lines = entry.fields.map(
		([name, value]) =>
			// Month macros (`nov`) are written bare: braced, they would be the literal text "nov".
			`  ${name.padEnd(width)} = ${name === 'month' && monthMacros.includes(value) ? value : `{${value}}`}`,
	);
	return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}`;
}

/** BibTeX of one or more papers, one entry each, keyed by catalog id. */
export function formatBibtex(papers: readonly Paper[]): string {
	if (papers.length === 0) return '';
	return `${papers.map((paper) => formatEntry(paperEntry(paper))).join('\n\n')}\n`;
}
