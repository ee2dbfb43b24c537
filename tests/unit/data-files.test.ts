import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { formatBibtex } from '../../src/lib/citation/bibtex.ts';
import { splitName } from '../../src/lib/citation/names.ts';
import { csvField, toCsv } from '../../src/lib/data/csv.ts';
import { papersBib, papersCsv, papersJson } from '../../src/lib/data/paper-files.ts';
import { csvHeader } from '../../src/lib/data/paper-records.ts';
import { paperEntryJsonSchema, papersExportJsonSchema } from '../../src/lib/data/json-schema.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { brep, catalog, gmi } from '../fixtures/papers.ts';

/** A title and names full of characters that each format must escape. */
const tricky: Paper = {
	...brep,
	id: 'oconnor2023-tricky',
	title: 'Breaking <b>"Private"</b> {Models}, 100% & $5: Ünïcode, Commas\nand Tramèr',
	authors: ["Siobhán O'Connor", 'Ludwig van Beethoven', 'Úlfar Erlingsson'],
	summary: 'Has "quotes", commas, a line\nbreak and <script>alert(1)</script>.',
};

function ajv() {
	const validator = new Ajv2020({ allErrors: true, strict: false });
	addFormats(validator);
	return validator;
}

describe('CSV', () => {
	test.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[' padded', '" padded"'],
	])('csvField(%j) = %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	test('a catalog export round-trips through a CSV parser', () => {
		const text = papersCsv([...catalog, tricky]);
		const records = parseCsv<Record<string, string>>(text, { columns: true });
		expect(records).toHaveLength(catalog.length + 1);
		expect(Object.keys(records[0] ?? {})).toEqual([...csvHeader]);
		const parsed = records.find((record) => record['id'] === tricky.id);
		expect(parsed?.['title']).toBe(tricky.title);
		expect(parsed?.['summary']).toBe(tricky.summary);
		expect(parsed?.['authors']).toBe(tricky.authors.join('; '));
		expect(parsed?.['access']).toBe('label-only');
		expect(records.find((record) => record['id'] === gmi.id)?.['venue_year']).toBe('2020');
	});

	test('rows always have the header width', () => {
		expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
	});
});

describe('BibTeX', () => {
	test.each([
		['Ruoxi Jia', { given: 'Ruoxi', family: 'Jia' }],
		['Ludwig van Beethoven', { given: 'Ludwig', family: 'van Beethoven' }],
		['Plato', { family: 'Plato' }],
	])('splitName(%j)', (name, expected) => {
		expect(splitName(name)).toEqual(expected);
	});

	test('entries parse back with their keys, titles, authors and identifiers', () => {
		const library = parseBibtex(papersBib([gmi, brep, tricky]), { sentenceCase: false });
		expect(library.errors).toEqual([]);
		const byKey = new Map(library.entries.map((entry) => [entry.key, entry]));
		expect([...byKey.keys()].toSorted()).toEqual([brep.id, tricky.id, gmi.id].toSorted());
		const entry = byKey.get(gmi.id);
		expect(entry?.type).toBe('inproceedings');
		expect(entry?.fields['title']).toBe('The Secret Revealer');
		expect(entry?.fields['year']).toBe('2020');
		expect(entry?.fields['eprint']).toBe('1911.07135');
		expect(entry?.fields['archiveprefix']).toBe('arXiv');
		const back = byKey.get(tricky.id);
		// The parser returns decomposed accents and splits off "van" as a prefix, as BibTeX does.
		const authors = JSON.parse(JSON.stringify(back?.fields['author']).normalize('NFC')) as unknown;
		expect(authors).toEqual([
			{ firstName: 'Siobhán', lastName: "O'Connor" },
			{ firstName: 'Ludwig', prefix: 'van', lastName: 'Beethoven' },
			{ firstName: 'Úlfar', lastName: 'Erlingsson' },
		]);
		const title = String(back?.fields['title']).normalize('NFC');
		for (const part of ['"Private"', '100%', '&', '$5', 'Ünïcode', 'Tramèr', '{Models}'])
			expect(title).toContain(part.replace('{Models}', 'Models'));
	});

	test('a preprint without a venue becomes @misc with eprint and the arXiv URL', () => {
		const text = formatBibtex([{ ...brep, venue: undefined }]);
		expect(text).toMatch(/^@misc\{kahla2022-brepmi,/);
		expect(text).toContain('https://arxiv.org/abs/2203.01925');
		expect(text).not.toContain('journal');
	});
});

describe('JSON and its schema', () => {
	test('the export validates against its generated JSON Schema', () => {
		const data = JSON.parse(papersJson([...catalog, tricky])) as {
			count: number;
			papers: { id: string; title: string; added: string }[];
		};
		const validate = ajv().compile(papersExportJsonSchema());
		validate(data);
		expect(validate.errors ?? []).toEqual([]);
		expect(data.count).toBe(catalog.length + 1);
		expect(data.papers.find((paper) => paper.id === tricky.id)?.title).toBe(tricky.title);
		expect(data.papers[0]?.added).toBe('2026-11-29');
	});

	test('the schema rejects a record with a wrong field', () => {
		const data = JSON.parse(papersJson([gmi])) as { papers: Record<string, unknown>[] };
		data.papers[0] = { ...data.papers[0], access: ['telepathy'] };
		expect(ajv().compile(papersExportJsonSchema())(data)).toBe(false);
	});

	test('every real catalog entry validates against the entry schema editors use', () => {
		const validate = ajv().compile(paperEntryJsonSchema());
		const files = readdirSync('content/papers').filter((name) => name.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(0);
		for (const name of files) {
			const entry = parseYaml(readFileSync(`content/papers/${name}`, 'utf8')) as unknown;
			expect({ name, valid: validate(entry), errors: validate.errors ?? null }).toEqual({
				name,
				valid: true,
				errors: null,
			});
		}
	});
});
