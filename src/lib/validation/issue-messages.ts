/**
 * Turns zod's validation issues into messages for contributors: what is wrong with the field and,
 * in parentheses, how to fix it. `validate` and the build print them as
 * `content/papers/<id>.yaml: <field>: <what is wrong> (<how to fix>)`.
 */
import type { z } from 'astro/zod';
import { vocabularies } from '../catalog/vocabulary.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Fields of other files (results) that draw from a catalog vocabulary, by their last name. */
const vocabularyFields: Record<string, string> = {
	privateData: 'datasets',
	publicData: 'datasets',
	task: 'setting',
	access: 'access',
};

/** Glossary anchor of the vocabulary a field draws from, if any. */
function vocabularyOf(path: readonly PropertyKey[]): (typeof vocabularies)[number] | undefined {
	const names = path.filter((part) => typeof part === 'string');
	const field = names.join('.');
	const alias = vocabularyFields[names.at(-1) ?? ''];
	return (
		vocabularies.find((vocabulary) => vocabulary.field === field) ??
		vocabularies.find((vocabulary) => vocabulary.field === alias)
	);
}

/** A value as a contributor wrote it, for quoting in a message. */
function show(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'an unreadable date' : value.toISOString().slice(0, 10);
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return value === undefined ? 'nothing' : 'an unexpected value';
}

const typeNames: Record<string, [name: string, hint: string]> = {
	string: ['text', 'put the text in quotes'],
	number: ['a number', 'write the number without quotes, e.g. 2020'],
	int: ['a whole number', 'write the number without quotes, e.g. 2020'],
	array: ['a list', 'write the values in square brackets, e.g. [a, b]'],
	object: ['a group of fields', 'indent the fields under this name'],
	date: ['a date', 'write the date as YYYY-MM-DD, e.g. 2026-11-29'],
};

/** Describes one issue; `field` is the dotted path (`venue.kind`, `access.0`) or `(entry)`. */
export function describeIssue(
	issue: Issue,
	schemaFile = 'src/schemas/paper.ts',
): { field: string; message: string } {
	const field = issue.path.map(String).join('.') || '(entry)';
	const input = issue.input;
	switch (issue.code) {
		case 'invalid_type': {
			const [name, hint] = typeNames[issue.expected] ?? [issue.expected, 'check the value'];
			if (input === undefined)
				return { field, message: `is required (add it: ${name}; see ${schemaFile})` };
			return { field, message: `must be ${name}, not ${show(input)} (${hint})` };
		}
		case 'invalid_value': {
			const vocabulary = vocabularyOf(issue.path);
			const values = issue.values.map(String);
			const hint =
				values.length <= 12
					? `use one of: ${values.join(', ')}`
					: vocabulary
						? `use a key listed at /glossary/#${vocabulary.id}, or add the term to src/lib/catalog/vocabulary.ts`
						: 'use a key of the matching registry in src/lib/catalog/vocabulary.ts, or add the term there';
			if (input === undefined) return { field, message: `is required (${hint})` };
			return { field, message: `${show(input)} is not an allowed value (${hint})` };
		}
		case 'invalid_union': {
			const kind = (input as { kind?: unknown } | undefined)?.kind;
			if (
				issue.path.at(-1) === 'kind' &&
				(issue as { note?: string }).note === 'No matching discriminator'
			)
				return kind === undefined
					? {
							field,
							message: 'is required (add kind: attack, defense, survey, benchmark or analysis)',
						}
					: {
							field,
							message: `${show(kind)} is not a kind of paper (use one of: attack, defense, survey, benchmark, analysis)`,
						};
			return { field, message: `${issue.message} (check the value against ${schemaFile})` };
		}
		case 'unrecognized_keys':
			if (issue.path.at(-1) === 'values')
				return {
					field: [...issue.path, issue.keys.join(', ')].join('.'),
					message: `${issue.keys.length === 1 ? 'is not a metric' : 'are not metrics'} (use a key listed at /glossary/#metrics, or add the metric to src/lib/catalog/vocabulary.ts)`,
				};
			return {
				field: [...issue.path.map(String), issue.keys.join(', ')].join('.'),
				message: `${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of this kind of entry (remove ${issue.keys.length === 1 ? 'it' : 'them'} or check the spelling; fields are listed in ${schemaFile})`,
			};
		case 'too_small':
			return issue.origin === 'array'
				? { field, message: `must list at least ${String(issue.minimum)} value (add one)` }
				: issue.origin === 'string'
					? {
							field,
							message: `is too short (write at least ${String(issue.minimum)} characters)`,
						}
					: {
							field,
							message: `must be at least ${String(issue.minimum)}, not ${show(input)} (check the value)`,
						};
		case 'too_big':
			return {
				field,
				message: `must be at most ${String(issue.maximum)}, not ${show(input)} (check the value)`,
			};
		case 'invalid_format':
			if (issue.format === 'url')
				return {
					field,
					message: `${show(input)} is not a web address (write a full URL starting with https://)`,
				};
			// Our own patterns carry their hint in the message already.
			return { field, message: `${show(input)} ${issue.message}` };
		default:
			return { field, message: issue.message };
	}
}
