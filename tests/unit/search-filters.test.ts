import { expect, test } from 'vitest';
import { facetFields } from '../../src/lib/catalog/filters.ts';
import { catalogFacets, facetsInUse, searchFacets } from '../../src/lib/catalog/search-filters.ts';
import { catalogRows } from '../../src/lib/figures/tables.ts';
import {
	datasets,
	defenseCategories,
	priors,
	venueKinds,
} from '../../src/lib/catalog/vocabulary.ts';
import { catalog } from '../fixtures/papers.ts';

test('the catalog offers prior, dataset, defense category and venue from their registries', () => {
	const byKey = new Map(catalogFacets.map((facet) => [facet.key, facet]));
	expect(byKey.get('prior')?.terms).toBe(priors);
	expect(byKey.get('dataset')?.terms).toBe(datasets);
	expect(byKey.get('category')?.terms).toBe(defenseCategories);
	expect(byKey.get('venue')?.terms).toBe(venueKinds);
	// Paper pages index only these as Pagefind filters, so the search page offers only these.
	expect(searchFacets.map((facet) => facet.key)).toEqual(['kind', 'family', 'access', 'modality']);
	expect(facetFields).toContain('dataset');
});

test('facetsInUse keeps the values some paper has, in registry order, with registry labels', () => {
	const facets = facetsInUse(catalogFacets, catalogRows(catalog));
	const byKey = new Map(facets.map((facet) => [facet.key, facet]));
	expect(Object.keys(byKey.get('category')?.terms ?? {})).toEqual([
		'feature-perturbation',
		'training-regularisation',
	]);
	expect(byKey.get('category')?.terms['feature-perturbation']).toBe(
		defenseCategories['feature-perturbation'],
	);
	expect(byKey.get('venue')?.legend).toBe('Venue');
	// The fixtures' attacks use two priors; no facet is left with a value nobody has.
	expect(Object.keys(byKey.get('prior')?.terms ?? {})).toEqual(['none', 'gan']);
	for (const facet of facets) expect(Object.keys(facet.terms).length).toBeGreaterThan(0);
});

test('facetsInUse drops a facet no paper has a value for', () => {
	const rows = catalogRows(catalog).map((row) => ({ facets: { ...row.facets, prior: [] } }));
	expect(facetsInUse(catalogFacets, rows).map((facet) => facet.key)).not.toContain('prior');
});
