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
import {
	exportedPapers,
	papersBib,
	papersCsv,
	papersJson,
} from '../../src/lib/data/paper-files.ts';
import { csvHeader, csvRow } from '../../src/lib/data/paper-records.ts';
import {
	paperEntryJsonSchema,
	papersExportJsonSchema,
	resultsExportJsonSchema,
} from '../../src/lib/data/json-schema.ts';
import {
	exportResult,
	resultsCsv,
	resultsCsvHeader,
	resultsJson,
} from '../../src/lib/data/result-files.ts';
import type { ResultValue } from '../../src/lib/catalog/results.ts';
import { permanentUrl, site } from '../../src/site.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { brep, catalog, gmi, soteria, unclassified } from '../fixtures/papers.ts';
import { celebaWhiteBox } from '../fixtures/results.ts';

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
		['padded ', '"padded "'],
		['two words', 'two words'],
		['line\rfeed', '"line\rfeed"'],
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

describe('paper records', () => {
	const row = (paper: Paper) => {
		const [record] = exportedPapers([paper]);
		return Object.fromEntries(csvHeader.map((column, i) => [column, csvRow(record!)[i]]));
	};

	test('an attack fills the attack columns and leaves the defense ones empty', () => {
		expect(
			row({
				...gmi,
				short: 'GMI',
				venue: { ...gmi.venue!, short: "CVPR '20" },
				code: 'https://github.com/x/gmi',
				metrics: ['attack-accuracy', 'knn-distance'],
			}),
		).toEqual({
			id: 'zhang2020-gmi',
			short: 'GMI',
			title: 'The Secret Revealer',
			authors: 'Yuheng Zhang; Ruoxi Jia; Hengzhi Pei',
			year: '2019',
			venue: 'CVPR',
			venue_short: "CVPR '20",
			venue_kind: 'conference',
			venue_year: '2020',
			kind: 'attack',
			setting: 'classifier',
			modality: 'image',
			access: 'white-box',
			family: 'generative',
			prior: 'gan',
			category: '',
			stage: '',
			builds_on: '',
			compared_with: '',
			evaluated_against: '',
			evaluates: '',
			datasets: 'celeba',
			metrics: 'attack-accuracy; knn-distance',
			arxiv: 'arXiv:1911.07135',
			doi: '',
			url: '',
			code: 'https://github.com/x/gmi',
			added: '2026-11-29',
			page: permanentUrl('/papers/zhang2020-gmi/'),
			summary: gmi.summary,
		});
	});

	test('a defense fills category, stage and what it was evaluated against', () => {
		expect(row(soteria)).toMatchObject({
			kind: 'defense',
			venue: '',
			venue_short: '',
			venue_kind: '',
			venue_year: '',
			setting: '',
			modality: '',
			access: '',
			family: '',
			prior: '',
			category: 'feature-perturbation',
			stage: 'training',
			evaluated_against: 'zhu2019-dlg; zhang2020-gmi',
			arxiv: '',
			doi: '10.1109/CVPR46437.2021.00919',
		});
		expect(row(brep)).toMatchObject({ builds_on: 'zhang2020-gmi', short: '', url: '' });
		expect(row(unclassified)).toMatchObject({ url: 'https://example.org/probe', family: '' });
	});

	test('the JSON export wraps the records with the schema URL, edition and count', () => {
		const data = JSON.parse(papersJson([gmi, brep])) as Record<string, unknown> & {
			papers: Record<string, unknown>[];
		};
		expect(data['$schema']).toBe(permanentUrl('/data/papers.schema.json'));
		expect(data['edition']).toBe(site.edition);
		expect(data['count']).toBe(2);
		expect(data.papers[0]?.['page']).toBe(permanentUrl('/papers/zhang2020-gmi/'));
		expect(data.papers[0]?.['bibtex']).toBe(formatBibtex([gmi]));
		expect(papersJson([gmi]).endsWith('}\n')).toBe(true);
		expect(papersJson([gmi])).toContain('\n\t"edition"');
	});
});

describe('JSON Schemas name themselves and write dates as text', () => {
	test('the entry schema', () => {
		const schema = paperEntryJsonSchema() as {
			$id: string;
			title: string;
			anyOf?: { properties: Record<string, unknown> }[];
			oneOf?: { properties: Record<string, unknown> }[];
		};
		expect(schema.$id).toBe(permanentUrl('/data/paper.schema.json'));
		expect(schema.title).toBe('Model Inversion Atlas catalog entry');
		const variants = schema.oneOf ?? schema.anyOf ?? [];
		expect(variants.length).toBeGreaterThan(0);
		for (const variant of variants)
			expect(variant.properties['added']).toMatchObject({ type: 'string', format: 'date' });
	});

	test('the export schemas', () => {
		const papers = papersExportJsonSchema();
		expect(papers['$id']).toBe(permanentUrl('/data/papers.schema.json'));
		expect(papers['title']).toBe('Model Inversion Atlas catalog export');
		expect(papers['description']).toContain('"arXiv:2406.10280"');
		expect(papers['required']).toEqual(['$schema', 'edition', 'count', 'papers']);
		const results = resultsExportJsonSchema();
		expect(results['$id']).toBe(permanentUrl('/data/results.schema.json'));
		expect(results['title']).toBe('Model Inversion Atlas reported results export');
		expect(results['required']).toEqual(['$schema', 'edition', 'count', 'results']);
		expect(
			ajv().compile(results)({ $schema: 'https://x/', edition: '1', count: 0, results: [] }),
		).toBe(true);
		expect(ajv().compile(results)({ $schema: 'https://x/', edition: '1', count: 0 })).toBe(false);
	});
});

describe('result records', () => {
	const value: ResultValue = {
		file: 'a2020-gmi',
		source: 'a2020-gmi',
		sourceKind: 'paper',
		document: 'https://example.org/a.pdf',
		row: 0,
		method: 'zhang2020-gmi',
		settingName: 'main',
		setting: {
			...celebaWhiteBox,
			notes: 'one, "two"',
		},
		group: 'g1',
		metric: 'attack-accuracy',
		value: 45.5,
		printed: 0.455,
		text: '45.5',
		where: 'Table 2',
		quote: 'GMI 0.455',
		rerun: true,
	};

	test('a record carries the number, its unit and direction, provenance and setting', () => {
		expect(exportResult(value)).toEqual({
			source: 'a2020-gmi',
			sourceKind: 'paper',
			document: 'https://example.org/a.pdf',
			method: 'zhang2020-gmi',
			rerun: true,
			metric: 'attack-accuracy',
			value: 45.5,
			printed: 0.455,
			unit: '%',
			better: 'higher',
			where: 'Table 2',
			quote: 'GMI 0.455',
			group: 'g1',
			setting: value.setting,
		});
		const distance = exportResult({
			...value,
			metric: 'knn-distance',
			variant: 'large',
			adaptive: true,
		});
		expect(distance).toMatchObject({ unit: '', better: 'lower', variant: 'large', adaptive: true });
	});

	test('the JSON and CSV files hold every record, the CSV with the setting as columns', () => {
		const values = [value, { ...value, variant: 'v2', adaptive: true, rerun: false }];
		const json = JSON.parse(resultsJson(values)) as Record<string, unknown>;
		expect(json).toMatchObject({
			$schema: permanentUrl('/data/results.schema.json'),
			edition: site.edition,
			count: 2,
		});
		const records = parseCsv<Record<string, string>>(resultsCsv(values), { columns: true });
		expect(Object.keys(records[0] ?? {})).toEqual([...resultsCsvHeader]);
		expect(records[0]).toMatchObject({
			source: 'a2020-gmi',
			method: 'zhang2020-gmi',
			variant: '',
			rerun: 'true',
			adaptive: 'false',
			value: '45.5',
			printed: '0.455',
			unit: '%',
			better: 'higher',
			privateData: 'celeba',
			resolution: '64',
			batchSize: '',
			notes: 'one, "two"',
		});
		expect(records[1]).toMatchObject({ variant: 'v2', rerun: 'false', adaptive: 'true' });
	});
});
