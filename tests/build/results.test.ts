/**
 * The reported-results pages and exports, checked over dist/ against the results collection read
 * independently from content/results/ with the validator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { default as addFormats } from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml } from 'parse5';
import { describe, expect, test } from 'vitest';
import { resultsCsvHeader } from '../../src/lib/data/result-files.ts';
import { flattenResults, groupResults, resultTasks } from '../../src/lib/catalog/results.ts';
import { loadCatalog } from '../../src/lib/validation/catalog.ts';
import { loadResults } from '../../src/lib/validation/results.ts';
import { dist } from '../support/dist.ts';

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const { papers } = loadCatalog('content/papers');
const { files, problems } = loadResults('content/results', papers);
const values = flattenResults(files);
const groups = groupResults(values);

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	value?: string;
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
function* walk(node: Node): Generator<Node> {
	yield node;
	for (const child of node.childNodes ?? []) yield* walk(child);
}
const text = (node: Node): string =>
	node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join('');
const dom = (path: string) => parseHtml(read(path)) as unknown as Node;

test('the collection is valid and not empty', () => {
	expect(problems).toEqual([]);
	expect(values.length).toBeGreaterThan(100);
});

describe('results pages', () => {
	test('every group has its table, on its task page, with one row per source row', () => {
		expect(resultTasks(groups).length).toBeGreaterThan(2);
		for (const task of resultTasks(groups)) {
			const page = dom(`results/${task}/index.html`);
			const nodes = [...walk(page)];
			for (const group of groups.filter((candidate) => candidate.setting.task === task)) {
				const heading = nodes.find((node) => attr(node, 'id') === group.anchor);
				expect(heading?.nodeName, group.anchor).toBe('h2');
				const table = nodes.find(
					(node) => node.nodeName === 'caption' && attr(node, 'id') === `${group.anchor}-title`,
				);
				expect(table, group.anchor).toBeDefined();
				for (const row of group.rows)
					expect(
						nodes.some((node) => attr(node, 'id') === `r-${row.file}-${row.row}`),
						`${group.anchor}: ${row.file} row ${row.row}`,
					).toBe(true);
			}
		}
	});

	test('a row shows its values as recorded, the source and whether it is a re-run', () => {
		const value = values.find(
			(candidate) => candidate.rerun && candidate.metric === 'attack-accuracy',
		);
		if (!value) throw new Error('no re-run attack accuracy recorded');
		const page = dom(`results/${value.setting.task}/index.html`);
		const row = [...walk(page)].find((node) => attr(node, 'id') === `r-${value.file}-${value.row}`);
		const cells = text(row ?? { nodeName: 'tr' });
		expect(cells).toContain(`${value.value} %`);
		expect(cells).toContain('(re-run)');
		expect(cells).toContain(value.where);
	});

	test('every metric column header links to the metric page, which exists', () => {
		expect(resultTasks(groups).length).toBeGreaterThan(2);
		for (const task of resultTasks(groups)) {
			const headers = [...walk(dom(`results/${task}/index.html`))].filter(
				(node) => node.nodeName === 'th' && attr(node, 'scope') === 'col',
			);
			const links = headers
				.flatMap((header) => [...walk(header)])
				.map((node) => attr(node, 'href'))
				.filter((href): href is string => Boolean(href?.startsWith('/metrics/')));
			expect(links.length, task).toBeGreaterThan(0);
			for (const href of links) expect(existsSync(join(dist, href, 'index.html')), href).toBe(true);
		}
	});

	test('the overview prints the rules it applies', () => {
		const page = text(dom('results/index.html'));
		expect(page).toMatch(/flagged when the values differ by more than 10 %/);
		expect(page).toMatch(/holds when the attack keeps at most 50 %/);
	});

	test('a paper page lists the numbers others measured for its method', () => {
		const rerun = values.find((value) => value.rerun);
		if (!rerun) throw new Error('no re-run recorded');
		const page = [...walk(dom(`papers/${rerun.method}/index.html`))];
		const section = page.find((node) => attr(node, 'id') === 'results');
		expect(section).toBeDefined();
		const hrefs = page.map((node) => attr(node, 'href')).filter(Boolean);
		expect(hrefs).toContain(`/papers/${rerun.source}/`);
		expect(hrefs.some((href) => href?.startsWith(`/results/${rerun.setting.task}/#setting-`))).toBe(
			true,
		);
	});
});

describe('results exports', () => {
	const data = JSON.parse(read('data/results.json')) as {
		count: number;
		results: { source: string; method: string; metric: string; value: number }[];
	};

	test('results.json has every number and validates against its schema', () => {
		expect(data.count).toBe(values.length);
		expect(data.results).toHaveLength(values.length);
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats(ajv);
		const schema = JSON.parse(read('data/results.schema.json')) as Record<string, unknown>;
		delete schema['$schema'];
		const validate = ajv.compile(schema);
		expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	test('results.csv has the documented columns and the same numbers', () => {
		const [header, ...rows]: string[][] = parseCsv(read('data/results.csv'));
		expect(header).toEqual([...resultsCsvHeader]);
		expect(rows).toHaveLength(values.length);
		const at = (row: string[], column: (typeof resultsCsvHeader)[number]) =>
			row[resultsCsvHeader.indexOf(column)];
		for (const [index, row] of rows.entries()) {
			const value = values[index];
			expect(at(row, 'method')).toBe(value?.method);
			expect(Number(at(row, 'value'))).toBe(value?.value);
			expect(at(row, 'privateData')).toBe(value?.setting.privateData);
		}
	});
});
