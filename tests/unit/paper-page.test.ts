import { expect, test } from 'vitest';
import { facetFields } from '../../src/lib/catalog/filters.ts';
import {
	assumptionCards,
	relatedGroups,
	threatModelCard,
	venueLine,
} from '../../src/lib/catalog/paper-page.ts';
import { catalogFacets, searchFacets } from '../../src/lib/catalog/search-filters.ts';
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

test('an attack’s recorded threat models become cards; unrecorded fields stay off them', () => {
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
			rows: [
				['Observes', 'Model weights'],
				['Needs to know', 'Architecture'],
				['Works without', 'Target label'],
			],
		},
		{
			name: 'black-box',
			rows: [
				['Observes', 'Features or embeddings'],
				['Auxiliary data', 'No auxiliary data or Same-distribution public data'],
				['Trains', 'Inversion model'],
			],
		},
	]);
});
