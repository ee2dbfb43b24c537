import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { paperIdPattern, paperSchema, type Paper } from '../../schemas/paper.ts';
import { normaliseText } from '../catalog/filters.ts';
import { relatedIds, relationError, relationFields } from '../catalog/relations.ts';
import { assumptionNoteProblems } from './assumption-notes.ts';
import { describeIssue } from './issue-messages.ts';

/**
 * One thing wrong with the content, printed as `<file>: <field>: <message>`, or as
 * `<file>:<line>: <message>` for problems in a chapter's text (then `field` is empty).
 */
export interface Problem {
	file: string;
	field: string;
	message: string;
}

export const formatProblem = ({ file, field, message }: Problem): string =>
	field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;

export interface CatalogResult {
	papers: Paper[];
	problems: Problem[];
}

/**
 * Reads and checks every `*.yaml` in `dir`: YAML syntax, UTF-8, the schema, the id rules, the
 * quotes behind each attack's threat model, relationships between entries and duplicates. Papers
 * come back sorted by id.
 */
export function loadCatalog(dir: string): CatalogResult {
	const { entries, problems } = readYamlEntries(dir, paperSchema);
	const papers = entries.map(({ id, data }) => ({ ...data, id }));
	for (const { file, text, data } of entries)
		if (data.kind === 'attack')
			for (const message of assumptionNoteProblems(text, data.assumptions ?? []))
				problems.push({ file, field: 'assumptions', message });
	problems.push(...checkRelationships(papers, dir));
	return { papers, problems };
}

/**
 * Reads every `*.yaml` of a folder of one-entry-per-file content (papers, results): the file name
 * is the id and must follow the id rules; the text must be UTF-8 YAML that fits `schema`. Entries
 * come back sorted by id; a file with a problem is left out and its problems reported.
 */
export function readYamlEntries<T>(
	dir: string,
	schema: z.ZodType<T>,
	/** Where the fields are documented, named in "is required" messages. */
	schemaFile?: string,
): { entries: { id: string; file: string; text: string; data: T }[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const entries: { id: string; file: string; text: string; data: T }[] = [];
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
		.sort();
	for (const name of files) {
		const path = join(dir, name);
		const file = relative(process.cwd(), path);
		const id = basename(name).replace(/\.ya?ml$/, '');
		if (name.endsWith('.yml')) {
			problems.push({
				file,
				field: '(file name)',
				message: 'use the extension .yaml (rename the file)',
			});
			continue;
		}
		if (!paperIdPattern.test(id)) {
			problems.push({
				file,
				field: '(file name)',
				message: `"${id}" is not a valid id (lowercase letters, digits and hyphens, starting with a letter, e.g. zhang2020-gmi)`,
			});
		}
		const bytes = readFileSync(path);
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			problems.push({
				file,
				field: '(file)',
				message: 'is not valid UTF-8 (save the file as UTF-8)',
			});
			continue;
		}
		let data: unknown;
		try {
			data = parseYaml(text);
		} catch (error) {
			const detail = (
				error instanceof YAMLParseError ? (error.message.split('\n')[0] ?? '') : String(error)
			).replace(/:$/, '');
			problems.push({ file, field: '(yaml)', message: `${detail} (fix the YAML syntax)` });
			continue;
		}
		const parsed = schema.safeParse(data, { reportInput: true });
		if (!parsed.success) {
			for (const issue of parsed.error.issues)
				problems.push({ file, ...describeIssue(issue, schemaFile) });
			continue;
		}
		entries.push({ id, file, text, data: parsed.data });
	}
	return { entries, problems };
}

/** Rules between entries: references resolve to the right kind, identifiers are unique. */
export function checkRelationships(papers: readonly Paper[], dir: string): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	const fileOf = (id: string) => relative(process.cwd(), join(dir, `${id}.yaml`));

	for (const paper of papers) {
		for (const field of relationFields) {
			for (const [index, ref] of relatedIds(paper, field).entries()) {
				const target = byId.get(ref);
				const at = `${field}.${index}`;
				const message =
					ref === paper.id
						? 'an entry cannot refer to itself (remove its own id from the list)'
						: !target
							? `"${ref}" is not in the catalog (check the id or add content/papers/${ref}.yaml)`
							: relationError(paper, field, target);
				if (message) problems.push({ file: fileOf(paper.id), field: at, message });
			}
		}
	}

	const unique: [string, (paper: Paper) => string | undefined][] = [
		['arxiv', (paper) => paper.arxiv],
		['doi', (paper) => paper.doi?.toLowerCase()],
		['title', (paper) => normaliseTitle(paper.title)],
		['url', (paper) => paper.url?.replace(/\/+$/, '').toLowerCase()],
	];
	for (const [field, keyOf] of unique) {
		const seen = new Map<string, string>();
		for (const paper of papers) {
			const key = keyOf(paper);
			if (!key) continue;
			const first = seen.get(key);
			if (first) {
				problems.push({
					file: fileOf(paper.id),
					field,
					message: `duplicates ${first} (one entry per paper: merge the two files)`,
				});
			} else {
				seen.set(key, paper.id);
			}
		}
	}
	return problems;
}

/** Lowercase, accents and punctuation stripped, spaces collapsed: "Plug & Play!" -> "plug play". */
export function normaliseTitle(title: string): string {
	return normaliseText(title)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
