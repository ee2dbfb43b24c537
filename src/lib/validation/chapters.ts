/**
 * Checks chapters before any build: frontmatter against the chapter schema, citation keys
 * against the catalog, and what MDX may contain. MDX runs as code at build time, so a chapter may
 * use the author components of `src/components/mdx/` (they need no import) and plain Markdown or
 * HTML, but no scripts, event handlers, exports, other imports or JavaScript expressions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { chapterSchema } from '../../schemas/chapter.ts';
import { findCitations } from '../citation/pandoc-citations.ts';
import { describeIssue } from './issue-messages.ts';
import type { Problem } from './catalog.ts';

/** The folder of author components; each `<Name>.astro` in it is usable as `<Name />`. */
export const authorComponentsDir = 'src/components/mdx';

/** Names of the author components chapters may use. */
export function authorComponents(dir = authorComponentsDir): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.astro'))
		.map((name) => name.replace(/\.astro$/, ''))
		.sort();
}

const forbiddenElements = new Set([
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'link',
	'meta',
	'base',
	'form',
]);

/** An expression that holds nothing but comments, such as `{/* note *\/}`. */
const isCommentOnly = (value: string) => value.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

/** Splits `---` frontmatter from the body; `offset` is the number of lines before the body. */
function splitFrontmatter(text: string): {
	yaml: string | undefined;
	body: string;
	offset: number;
} {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) return { yaml: undefined, body: text, offset: 0 };
	return {
		yaml: match[1],
		body: text.slice(match[0].length),
		offset: match[0].split('\n').length - 1,
	};
}

export interface ChapterCheckOptions {
	/** Ids of every catalog entry. */
	paperIds: ReadonlySet<string>;
	/** Author component names (defaults to the files in src/components/mdx/). */
	components?: readonly string[];
}

/** Problems of one chapter file; `file` is the path printed in messages. */
export function checkChapter(file: string, text: string, options: ChapterCheckOptions): Problem[] {
	const problems: Problem[] = [];
	const components = new Set(options.components ?? authorComponents());
	const { yaml, body, offset } = splitFrontmatter(text);
	const at = (line: number | undefined, message: string): Problem => ({
		file: `${file}:${(line ?? 1) + offset}`,
		field: '',
		message,
	});

	if (yaml === undefined) {
		problems.push({
			file,
			field: '(frontmatter)',
			message: 'is missing (start the file with --- title, description and order ---)',
		});
	} else {
		let data: unknown;
		let readable = true;
		try {
			data = parseYaml(yaml);
		} catch (error) {
			readable = false;
			// The parser's first line names the problem and where; a value holding ": " needs quotes.
			const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
			problems.push({
				file,
				field: '(frontmatter)',
				message: `${detail?.replace(/:$/, '')} (fix the YAML syntax; put a value that contains ": " in quotes)`,
			});
		}
		// Unreadable YAML is reported once, not again as every field missing.
		const parsed = readable ? chapterSchema.safeParse(data ?? {}, { reportInput: true }) : null;
		if (parsed && !parsed.success)
			for (const issue of parsed.error.issues)
				problems.push({ file, ...describeIssue(issue, 'src/schemas/chapter.ts') });
	}

	let tree: Root;
	try {
		// The same syntax extensions as the site's pipeline, so `$\{x\}$` is math, not code.
		tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkMath).parse(body);
	} catch (error) {
		const place = (error as { line?: number }).line;
		return [...problems, at(place, `${(error as Error).message} (fix the MDX syntax)`)];
	}

	visit(tree, (node) => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'mdxjsEsm': {
				const value = node.value.trim();
				const source = /^import\s[\s\S]*?from\s+['"]([^'"]+)['"]/.exec(value)?.[1];
				if (!source)
					problems.push(
						at(
							line,
							'exports and other module code are not allowed in chapters (remove it; frontmatter goes between --- lines)',
						),
					);
				else if (!source.includes(`${authorComponentsDir}/`) && !source.includes('components/mdx/'))
					problems.push(
						at(
							line,
							`import from "${source}" is not allowed (chapters may use only the components of ${authorComponentsDir}/, which need no import)`,
						),
					);
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isCommentOnly(node.value))
					problems.push(
						at(
							line,
							`JavaScript expression {${node.value.trim().slice(0, 40)}} is not allowed (write plain text; to show a brace, escape it as \\{)`,
						),
					);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (forbiddenElements.has(name.toLowerCase()))
					problems.push(
						at(
							line,
							`<${name}> is not allowed in chapters (remove it; pages get their scripts and styles from the layout)`,
						),
					);
				else if (/^[A-Z]/.test(name) && !components.has(name))
					problems.push(
						at(line, `unknown component <${name}> (use one of: ${[...components].join(', ')})`),
					);
				else if (name === '')
					problems.push(
						at(line, 'fragments <>...</> are not allowed (write the content without them)'),
					);
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute')
						problems.push(
							at(
								line,
								`spread attribute on <${name}> is not allowed (write each attribute as name="value")`,
							),
						);
					else if (/^on/i.test(attribute.name))
						problems.push(
							at(line, `event handler ${attribute.name} on <${name}> is not allowed (remove it)`),
						);
					else if (attribute.value !== null && typeof attribute.value === 'object')
						problems.push(
							at(
								line,
								`attribute ${attribute.name}={...} on <${name}> is not allowed (write it as ${attribute.name}="value")`,
							),
						);
				}
				break;
			}
			case 'text':
				for (const match of findCitations(node.value)) {
					const before = node.value.slice(0, match.start).split('\n').length - 1;
					for (const item of match.items) {
						if (!options.paperIds.has(item.key))
							problems.push({
								file: `${file}:${(line ?? 1) + offset + before}`,
								field: '',
								message: `unknown citation key "@${item.key}" (no content/papers/${item.key}.yaml; check the spelling or add the paper)`,
							});
					}
				}
				break;
		}
	});
	return problems;
}

/** Checks every `*.mdx` chapter in `dir`, and that no two chapters share an `order`. */
export function checkChapters(dir: string, options: ChapterCheckOptions): Problem[] {
	const problems: Problem[] = [];
	const orders = new Map<number, string>();
	for (const name of readdirSync(dir)
		.filter((entry) => /\.mdx?$/.test(entry))
		.sort()) {
		const file = relative(process.cwd(), join(dir, name));
		if (!name.endsWith('.mdx')) {
			problems.push({
				file,
				field: '(file name)',
				message: 'use the extension .mdx (rename the file)',
			});
			continue;
		}
		const text = readFileSync(join(dir, name), 'utf8');
		problems.push(...checkChapter(file, text, options));
		// checkChapter has already reported unreadable frontmatter; here it only lacks an order.
		const order = orderOf(splitFrontmatter(text).yaml ?? '');
		if (typeof order === 'number') {
			const other = orders.get(order);
			if (other)
				problems.push({
					file,
					field: 'order',
					message: `${order} is also the order of ${other} (give each chapter its own number)`,
				});
			else orders.set(order, file);
		}
	}
	return problems;
}

/** The `order` of a chapter's frontmatter, or undefined when the YAML cannot be read. */
function orderOf(yaml: string): unknown {
	try {
		return (parseYaml(yaml) as { order?: unknown } | null)?.order;
	} catch {
		return undefined;
	}
}

/**
 * The dates of every readable chapter in `dir`, for the sitemap; chapters whose frontmatter does
 * not parse are left out (validation reports them before any build).
 */
export function readChapterDates(
	dir: string,
): { id: string; published: Date; updated?: Date | undefined }[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.flatMap((name) => {
			const parsed = chapterSchema.safeParse(
				parseYaml(splitFrontmatter(readFileSync(join(dir, name), 'utf8')).yaml ?? '') ?? {},
			);
			if (!parsed.success || parsed.data.draft) return [];
			const { published, updated } = parsed.data;
			return [{ id: name.replace(/\.mdx$/, ''), published, updated }];
		});
}
