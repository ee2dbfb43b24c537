import { expect, test } from 'vitest';
import { facetFields } from '../../src/lib/catalog-filter.ts';
import { relatedGroups, threatModelCard, venueLine } from '../../src/lib/paper-page.ts';
import { catalogFacets, searchFacets } from '../../src/lib/search-filters.ts';
import { brep, catalog, dlg, gmi, mid, soteria, survey } from '../fixtures/papers.ts';

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
		['Category', 'Training regularisation'],
		['Stage', 'Training time'],
	]);
	expect(threatModelCard(survey)).toEqual([]);
});

test('the venue line names the venue and, when it differs, the year of the first version', () => {
	expect(venueLine(gmi)).toBe('CVPR (CVPR 2020) · first public version 2019');
	expect(venueLine(brep)).toBe('Preprint');
});

test('related groups link both ways and skip empty groups', () => {
	const ids = (groups: { id: string; papers: { id: string }[] }[]) =>
		groups.map((group) => [group.id, group.papers.map((paper) => paper.id)]);
	expect(ids(relatedGroups(gmi, catalog))).toEqual([
		['built-upon-by', [brep.id]],
		['defenses-evaluated', [mid.id, soteria.id]],
	]);
	expect(ids(relatedGroups(brep, catalog))).toEqual([['builds-on', [gmi.id]]]);
	expect(ids(relatedGroups(soteria, catalog))).toEqual([['evaluated-against', [dlg.id, gmi.id]]]);
});

test('the filter forms offer exactly the facets the catalog script reads', () => {
	expect(catalogFacets.map((facet) => facet.key)).toEqual([...facetFields]);
	expect(searchFacets.map((facet) => facet.key)).not.toContain('setting');
});
