/**
 * The glossary's concepts (`content/concepts.yaml`): read and checked like the catalog (schema,
 * unique ids, every cited key in the catalog), and their text split into words and citations so
 * the page can link each citation to its paper.
 */
import type { Root } from 'hast';
import rehypeKatex, { type Options as KatexOptions } from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { conceptListSchema, type Concept } from '../../schemas/concept.ts';
import { citationLabel, findCitations, type CitablePaper } from '../citation/pandoc-citations.ts';
import { rehypeMathVariant } from '../markdown/rehype-mathvariant.ts';
import type { Problem } from '../validation/catalog.ts';
import { readYamlList } from '../validation/yaml-list.ts';
import { toHref } from '../../site.ts';
import { paperUrl } from '../site/urls.ts';

/** Reads `path` (a missing file is an empty list); problems name the item and the field. */
export function loadConcepts(
	path: string,
	paperIds: ReadonlySet<string>,
): { concepts: Concept[]; problems: Problem[] } {
	const read = readYamlList(path, conceptListSchema, 'src/schemas/concept.ts');
	const { file } = read;
	if (!read.items) return { concepts: [], problems: read.problems };
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const [index, concept] of read.items.entries()) {
		if (seen.has(concept.id))
			problems.push({
				file,
				field: `${index}.id`,
				message: `"${concept.id}" is used twice (give each concept its own id)`,
			});
		seen.add(concept.id);
		for (const { items } of findCitations(concept.text))
			for (const { key } of items)
				if (!paperIds.has(key))
					problems.push({
						file,
						field: `${index}.text`,
						message: `cites "${key}", which is not in the catalog (check the key or add content/papers/${key}.yaml)`,
					});
	}
	return { concepts: read.items, problems };
}

/** A run of plain text, or a citation of one or more papers. */
export type ConceptPart = { text: string } | { cites: { id: string; label: string }[] };

/** Splits a concept's text into plain runs and citations labelled author-year. */
export function conceptParts(
	text: string,
	papers: ReadonlyMap<string, CitablePaper>,
	years?: ReadonlyMap<string, string>,
): ConceptPart[] {
	const parts: ConceptPart[] = [];
	let at = 0;
	for (const match of findCitations(text)) {
		if (match.start > at) parts.push({ text: text.slice(at, match.start) });
		parts.push({
			cites: match.items.flatMap(({ key }) => {
				const paper = papers.get(key);
				return paper ? [{ id: key, label: citationLabel(paper, years) }] : [];
			}),
		});
		at = match.end;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}

/** The same math pipeline as the chapters: MathML from KaTeX, letters Chromium can draw. */
const katexOptions: KatexOptions = { strict: 'error', output: 'mathml' };
/** One paragraph of inline content loses its <p>: the glossary puts it inside its own <dd>. */
function unwrapSingleParagraph() {
	return (tree: Root) => {
		const elements = tree.children.filter((node) => node.type === 'element');
		const [only] = elements;
		if (elements.length === 1 && only?.tagName === 'p') tree.children = only.children;
	};
}

const inlineMarkdown = unified()
	.use(remarkParse)
	.use(remarkMath)
	.use(remarkRehype)
	.use(rehypeKatex, katexOptions)
	.use(rehypeMathVariant)
	.use(unwrapSingleParagraph)
	.use(rehypeStringify);

/**
 * A concept's text as HTML: `$...$` as MathML, citations as author-year links to the papers'
 * pages. The text is our own content from content/concepts.yaml, checked by `loadConcepts`.
 */
export function conceptHtml(
	text: string,
	papers: ReadonlyMap<string, CitablePaper>,
	years?: ReadonlyMap<string, string>,
): string {
	const markdown = conceptParts(text, papers, years)
		.map((part) =>
			'text' in part
				? part.text
				: `(${part.cites.map((cite) => `[${cite.label}](${toHref(paperUrl(cite.id))})`).join('; ')})`,
		)
		.join('');
	const file = inlineMarkdown.processSync(markdown);
	// rehype-katex reports a formula it cannot parse as a message instead of throwing.
	const problem = file.messages[0];
	if (problem)
		throw new Error(`content/concepts.yaml: math in "${text.slice(0, 40)}…": ${problem.reason}`);
	return String(file);
}

/** What a glossary "See" link needs to know about a chapter. */
export interface ChapterOutline {
	id: string;
	title: string;
	headings: readonly { slug: string; text: string }[];
}

/**
 * The text of a "See" link: "Defenses: What differential privacy bounds" for
 * `/chapters/defenses/#dp-bounds`, the chapter title alone without a fragment, the path otherwise.
 */
export function seeLabel(href: string, chapters: readonly ChapterOutline[]): string {
	const [path = '', fragment] = href.split('#');
	const chapter = chapters.find((entry) => path === `/chapters/${entry.id}/`);
	if (!chapter) return href;
	const heading = fragment && chapter.headings.find((entry) => entry.slug === fragment);
	return heading ? `${chapter.title}: ${heading.text}` : chapter.title;
}
