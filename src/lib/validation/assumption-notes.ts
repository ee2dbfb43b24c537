/**
 * The provenance of an attack's recorded threat model. A paper with `assumptions` carries one
 * comment line that says where it was read and quotes the paper for every recorded value:
 *
 *     # assumptions: read in <source>;; observes: p.3 §3: '<quote>' | knows.targetLabel: abstract: '<quote>'
 *
 * Each entry names one or more fields (`queryBudget, brings: …`), optionally after a variant in
 * brackets (`[white-box] observes: …`); `observes.weights` names `observes`, and knowledge items
 * are named one by one, in camelCase or kebab-case (`knows.targetLabel`, `knows.target-label`).
 */
import type { AssumptionSet } from '../../schemas/assumptions.ts';

const notePrefix = '# assumptions:';

/** One `field: where: 'quote'` entry of the note. */
export interface NoteEntry {
	/** The fields it names, knowledge items as `knows.<kebab-case item>`. */
	fields: string[];
	/** Whether it quotes the paper (a `'…'` after the field names). */
	quoted: boolean;
}

export interface AssumptionNote {
	/** What was read, after `read in`. */
	source: string;
	entries: NoteEntry[];
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** A named field as the check compares it: `observes.weights` → `observes`, `knows.targetLabel` →
 * `knows.target-label`. */
function fieldName(name: string): string {
	const [head = '', item] = name.split('.');
	return head === 'knows' && item ? `knows.${kebab(item)}` : head;
}

/** The note's parts, or a sentence saying what is wrong with its shape. */
export function parseAssumptionNote(line: string): AssumptionNote | string {
	const body = line.slice(notePrefix.length).trim();
	const split = body.indexOf(';;');
	if (!body.startsWith('read in ') || split < 0)
		return `it must read "${notePrefix} read in <what you read>;; <field>: <where>: '<quote>' | …"`;
	const entries = body
		.slice(split + 2)
		.split(' | ')
		.map((entry) => entry.trim())
		.filter(Boolean)
		.map((entry) => {
			const match = /^(?:\[[^\]]*\]\s*)?([A-Za-z.-]+(?:\s*,\s*[A-Za-z.-]+)*)\s*:(.*)$/s.exec(entry);
			return {
				fields: (match?.[1] ?? '').split(',').map((name) => fieldName(name.trim())),
				quoted: /'[^']{3,}/.test(match?.[2] ?? ''),
			};
		});
	return { source: body.slice('read in '.length, split).trim(), entries };
}

/** Every field a threat model records, knowledge items one by one (`knows.target-label`). */
export function recordedFields(sets: readonly AssumptionSet[]): string[] {
	const fields = new Set<string>();
	for (const set of sets)
		for (const [key, value] of Object.entries(set)) {
			if (key === 'name' || value === undefined) continue;
			if (key === 'knows')
				for (const item of Object.keys(value as object)) fields.add(`knows.${item}`);
			else fields.add(key);
		}
	return [...fields];
}

/** How to quote a field on the note, e.g. `knows.targetLabel: <where>: '<quote>'`. */
const example = (field: string) =>
	`${field.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}: <where>: '<quote>'`;

/**
 * What is wrong with the provenance of a paper's threat model: the comment line missing or
 * repeated, its shape, and recorded fields it quotes nothing for. `text` is the YAML file's text.
 */
export function assumptionNoteProblems(text: string, sets: readonly AssumptionSet[]): string[] {
	if (sets.length === 0) return [];
	const lines = text.split(/\r?\n/).filter((line) => line.startsWith(notePrefix));
	if (lines.length === 0)
		return [
			`recorded without a "${notePrefix} read in <what you read>;; …" comment line that quotes the paper for each value (see CONTRIBUTING.md)`,
		];
	if (lines.length > 1) return [`has ${lines.length} "${notePrefix}" lines; keep one`];
	const note = parseAssumptionNote(lines[0] ?? '');
	if (typeof note === 'string') return [`the "${notePrefix}" line: ${note}`];
	const quoted = new Set(
		note.entries.filter((entry) => entry.quoted).flatMap((entry) => entry.fields),
	);
	return recordedFields(sets)
		.filter((field) => !quoted.has(field))
		.map(
			(field) =>
				`${field} is recorded but the "${notePrefix}" line quotes nothing for it (add "${example(field)}")`,
		);
}
