import { describe, expect, test } from 'vitest';
import { facetFields } from '../../src/lib/catalog/filters.ts';
import {
	assumptionCards,
	chaptersCiting,
	paperPages,
	relatedGroups,
	threatModelCard,
	venueLine,
} from '../../src/lib/catalog/paper-page.ts';
import { catalogFacets, searchFacets } from '../../src/lib/catalog/search-filters.ts';
import { flattenResults } from '../../src/lib/catalog/results.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import {
	bench,
	brep,
	catalog,
	dlg,
	ggl,
	gmi,
	mid,
	relationCatalog,
	soteria,
	survey,
} from '../fixtures/papers.ts';
import { celebaWhiteBox } from '../fixtures/results.ts';

test('the threat-model card prints labels and leaves out fields an entry lacks', () => {
	expect(threatModelCard(gmi)).toEqual([
		['Setting', 'Classifier'],
		['Modality', 'Image'],
		['Access', 'White-box'],
		['Family', 'Generative-model-based'],
		['Prior', 'GAN'],
		['Datasets', 'CelebA'],
	]);
	expect(threatModelCard(mid)).toEqual([
		['Category', 'Training regularization'],
		['Stage', 'Training time'],
	]);
	expect(threatModelCard(survey)).toEqual([]);
});

test('the venue line names the venue and, when it differs, the year of the first version', () => {
	expect(venueLine(gmi)).toBe('CVPR 2020 · first public version 2019');
	expect(
		venueLine({
			...gmi,
			venue: { name: 'Computer Vision and Pattern Recognition', short: 'CVPR', kind: 'conference' },
		}),
	).toBe('Computer Vision and Pattern Recognition (CVPR 2019)');
	expect(venueLine(brep)).toBe('Preprint');
});

test('related groups link both ways and skip empty groups', () => {
	const ids = (groups: { id: string; items: { paper: { id: string } }[] }[]) =>
		groups.map((group) => [group.id, group.items.map((item) => item.paper.id)]);
	expect(ids(relatedGroups(gmi, catalog))).toEqual([
		['evaluated-against', [mid.id, soteria.id]],
		['built-upon-by', [brep.id]],
	]);
	expect(ids(relatedGroups(brep, catalog))).toEqual([['builds-on', [gmi.id]]]);
	expect(ids(relatedGroups(soteria, catalog))).toEqual([['evaluated-against', [dlg.id, gmi.id]]]);
});

test('each relation keeps its own meaning on both pages', () => {
	const groups = (paper: Paper) =>
		Object.fromEntries(
			relatedGroups(paper, relationCatalog).map((group) => [
				group.id,
				group.items.map((item) => [item.paper.id, item.reportedBy?.id]),
			]),
		);
	// GGL attacked Soteria: an evaluation reported by GGL, never "built on".
	expect(groups(ggl)).toEqual({
		'compared-with': [[dlg.id, undefined]],
		'evaluated-against': [[soteria.id, undefined]],
	});
	expect(groups(soteria)).toEqual({
		'evaluated-against': [
			[dlg.id, undefined],
			[gmi.id, undefined],
			[ggl.id, ggl.id],
		],
	});
	expect(groups(dlg)).toEqual({
		'evaluated-against': [[soteria.id, soteria.id]],
		'baseline-for': [[ggl.id, undefined]],
		'evaluated-in': [[bench.id, undefined]],
	});
	expect(groups(bench)).toEqual({
		evaluates: [
			[dlg.id, undefined],
			[mid.id, undefined],
		],
	});
	expect(relatedGroups(soteria, relationCatalog)[0]?.heading).toBe(
		'Attacks it was evaluated against',
	);
	expect(relatedGroups(ggl, relationCatalog)[1]?.heading).toBe('Defenses evaluated against it');
});

test('the filter forms offer exactly the facets the catalog script reads', () => {
	expect(catalogFacets.map((facet) => facet.key)).toEqual([...facetFields]);
	expect(searchFacets.map((facet) => facet.key)).not.toContain('setting');
});

test('an attack’s recorded threat models become cards that name what is not recorded', () => {
	expect(assumptionCards(gmi)).toEqual([]);
	const cards = assumptionCards({
		...(gmi as Extract<Paper, { kind: 'attack' }>),
		assumptions: [
			{
				name: 'white-box',
				observes: ['weights'],
				knows: { architecture: true, 'target-label': false },
			},
			{
				name: 'black-box',
				observes: ['features'],
				trains: ['inversion-model'],
				brings: ['none', 'same-distribution-public-data'],
			},
		],
	});
	expect(cards).toEqual([
		{
			name: 'white-box',
			id: 'assumptions-white-box',
			aliases: [],
			rows: [
				['Observes', 'Model weights'],
				['Needs to know', 'Architecture'],
				['Works without', 'Target label'],
			],
			open: 'Not recorded: what data it brings.',
		},
		{
			name: 'black-box',
			id: 'assumptions-black-box',
			aliases: [],
			rows: [
				['Observes', 'Features or embeddings'],
				['Auxiliary data', 'No auxiliary data or Same-distribution public data'],
				['Trains', 'Inversion model'],
			],
			open: 'Not recorded: whether it also needs the model weights and what it needs to know.',
		},
	]);
});

test('each cited paper lists the chapters citing it, in the order the chapters come', () => {
	const citedBy = chaptersCiting([
		{ id: 'intro', title: 'Introduction', citations: [gmi.id, dlg.id] },
		{ id: 'attacks', title: 'Attacks', citations: [dlg.id] },
		{ id: 'scope', title: 'Scope', citations: [] },
	]);
	expect(citedBy.get(gmi.id)).toEqual([{ id: 'intro', title: 'Introduction' }]);
	expect(citedBy.get(dlg.id)).toEqual([
		{ id: 'intro', title: 'Introduction' },
		{ id: 'attacks', title: 'Attacks' },
	]);
	expect(citedBy.has(mid.id)).toBe(false);
	expect([...citedBy.keys()].toSorted()).toEqual([gmi.id, dlg.id].toSorted());
});

describe('paper pages', () => {
	const values = flattenResults([
		{
			id: mid.id,
			source: mid.id,
			sourceKind: 'paper',
			document: 'https://example.org/mid.pdf',
			settings: {
				main: celebaWhiteBox,
			},
			results: [
				{
					method: gmi.id,
					setting: 'main',
					where: 'Table 1',
					quote: 'GMI row',
					values: { 'attack-accuracy': 40 },
				},
			],
		},
	]);
	const pages = paperPages(relationCatalog, values, [
		{ id: 'attacks', title: 'Attacks', citations: [gmi.id] },
	]);
	const pageOf = (id: string) => pages.find((page) => page.paper.id === id);

	test('one page per paper, in catalog order', () => {
		expect(pages.map((page) => page.paper.id)).toEqual(relationCatalog.map((paper) => paper.id));
	});

	test('a page knows the chapters citing its paper, and only those', () => {
		expect(pageOf(gmi.id)?.chapters).toEqual([{ id: 'attacks', title: 'Attacks' }]);
		expect(pageOf(dlg.id)?.chapters).toEqual([]);
	});

	test('a page knows the numbers its paper reported and those others measured for it', () => {
		expect(pageOf(mid.id)?.results.reports.map((report) => report.count)).toEqual([1]);
		expect(pageOf(gmi.id)?.results.measuredByOthers.map((entry) => entry.source)).toEqual([mid.id]);
		expect(pageOf(dlg.id)?.results).toEqual({ reports: [], measuredByOthers: [] });
	});

	test('related entries are computed against the whole catalog', () => {
		expect(pageOf(brep.id)?.related).toEqual(relatedGroups(brep, relationCatalog));
	});

	test('names are method names where a paper has one, labels otherwise', () => {
		const page = pages[0];
		expect(page?.names.get(ggl.id)).toBe('GGL');
		expect(page?.names.get(gmi.id)).toBe(page?.labels.get(gmi.id));
		expect(page?.labels.get(gmi.id)).toBe('Zhang et al., 2020');
		expect(page?.labels.get(ggl.id)).not.toBe('GGL');
	});
});

test('assumption cards have fragment ids from their names; an id made the old way stays as an alias', () => {
	const attack = gmi as Extract<Paper, { kind: 'attack' }>;
	const ids = (names: (string | undefined)[]) =>
		assumptionCards({
			...attack,
			assumptions: names.map((name) => ({ name, observes: ['weights'] })),
		}).map(({ id, aliases }) => ({ id, aliases }));
	expect(ids([undefined])).toEqual([{ id: 'assumptions', aliases: [] }]);
	expect(ids(['Black-box', 'White-box (GraphMI)', 'Ødegård attack'])).toEqual([
		{ id: 'assumptions-black-box', aliases: [] },
		{ id: 'assumptions-white-box-graphmi', aliases: ['assumptions-white-box-graphmi-'] },
		{ id: 'assumptions-odegard-attack', aliases: ['assumptions--deg-rd-attack'] },
	]);
});
