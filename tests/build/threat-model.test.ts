/**
 * The threat-model selector without JavaScript: the built page lists every recorded assumption
 * set in a table under the observations it needs, every attack without a record in its own
 * list, and the recorded attacks whose knowledge is open in another; the selector's data file
 * holds the same attacks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'parse5';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/lib/validation/catalog.ts';
import { keysOf, observations } from '../../src/lib/catalog/vocabulary.ts';
import type { SelectorClientData } from '../../src/lib/catalog/threat-model-data.ts';
import { dist } from '../support/dist.ts';

interface Node {
	nodeName: string;
	attrs?: { name: string; value: string }[];
	childNodes?: Node[];
	value?: string;
	content?: Node;
}

const attr = (node: Node, name: string) => node.attrs?.find((item) => item.name === name)?.value;
const children = (node: Node): Node[] => [
	...(node.childNodes ?? []),
	...(node.content ? [node.content] : []),
];
const all = (node: Node): Node[] => [node, ...children(node).flatMap(all)];
const text = (node: Node): string =>
	node.nodeName === '#text' ? (node.value ?? '') : children(node).map(text).join('');

const { papers } = loadCatalog('content/papers');
const attacks = papers.filter((paper) => paper.kind === 'attack');
const recorded = attacks.filter((paper) => (paper.assumptions ?? []).length > 0);
const page = parseHtml(
	readFileSync(join(dist, 'threat-model/index.html'), 'utf8'),
) as unknown as Node;
const nodes = all(page);
/** Links to paper pages inside `node`, as paper ids. */
const paperLinks = (node: Node) =>
	all(node)
		.filter((item) => item.nodeName === 'a')
		.flatMap((item) => /\/papers\/([^/]+)\/$/.exec(attr(item, 'href') ?? '')?.slice(1) ?? []);

describe('the selector page without JavaScript', () => {
	test('some attacks have recorded assumptions', () => {
		expect(recorded.length).toBeGreaterThan(5);
	});

	test('each assumption set is a row of the table of its observations', () => {
		for (const attack of recorded)
			for (const set of attack.assumptions ?? []) {
				const anchor = `observes-${keysOf(observations)
					.filter((item) => set.observes.includes(item))
					.join('-')}`;
				const heading = nodes.find((node) => node.nodeName === 'h3' && attr(node, 'id') === anchor);
				expect(heading, `${attack.id}: no table for ${set.observes.join(' + ')}`).toBeDefined();
				const table = nodes.find(
					(node) =>
						node.nodeName === 'div' && attr(node, 'aria-label') === text(heading as Node).trim(),
				);
				expect(table, `${attack.id}: no table after its heading`).toBeDefined();
				expect(paperLinks(table as Node), attack.id).toContain(attack.id);
			}
	});

	test('attacks without a record are listed as such, and none is silently left out', () => {
		const section = nodes.find((node) => attr(node, 'id') === 'unrecorded-list');
		const unrecorded = attacks.filter((paper) => (paper.assumptions ?? []).length === 0);
		if (unrecorded.length === 0) expect(section).toBeUndefined();
		else
			expect(paperLinks(section as Node).toSorted()).toEqual(
				unrecorded.map((paper) => paper.id).toSorted(),
			);
	});

	test('recorded attacks whose knowledge is not recorded are listed, and only those', () => {
		const section = nodes.find((node) => attr(node, 'id') === 'knowledge-unrecorded-list');
		const unknowing = recorded.filter((paper) =>
			(paper.assumptions ?? []).every((set) => Object.keys(set.knows ?? {}).length === 0),
		);
		if (unknowing.length === 0) expect(section).toBeUndefined();
		else
			expect(paperLinks(section as Node).toSorted()).toEqual(
				unknowing.map((paper) => paper.id).toSorted(),
			);
	});

	test('the form only shows with JavaScript, and its data file holds the same attacks', () => {
		const form = nodes.find((node) => attr(node, 'id') === 'threat-form');
		expect(attr(form as Node, 'class')?.split(' ')).toContain('js-block');
		const data = JSON.parse(
			readFileSync(join(dist, 'data/threat-model.json'), 'utf8'),
		) as SelectorClientData;
		expect(data.attacks.map((attack) => attack.id).toSorted()).toEqual(
			recorded.map((paper) => paper.id).toSorted(),
		);
		expect(data.unrecorded).toBe(attacks.length - recorded.length);
	});
});
