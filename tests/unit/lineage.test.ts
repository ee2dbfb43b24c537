import { expect, test } from 'vitest';
import { attackLineage, polylinePath } from '../../src/lib/figures/lineage.ts';
import { relationCatalog } from '../fixtures/papers.ts';

test('only buildsOn between attacks is drawn, earlier methods above the ones that extend them', () => {
	// BREP-MI builds on GMI; GGL's baseline (DLG) and its run against Soteria are not descent.
	const lineage = attackLineage(relationCatalog);
	expect(lineage.nodes.map((node) => node.id).toSorted()).toEqual([
		'kahla2022-brepmi',
		'zhang2020-gmi',
	]);
	expect(lineage.edges.map((edge) => [edge.from, edge.to])).toEqual([
		['zhang2020-gmi', 'kahla2022-brepmi'],
	]);
	const [gmi, brep] = ['zhang2020-gmi', 'kahla2022-brepmi'].map((id) =>
		lineage.nodes.find((node) => node.id === id),
	);
	expect((gmi?.y ?? 0) < (brep?.y ?? 0)).toBe(true);
	expect(lineage.descent.map(({ node, parents }) => [node.id, parents.map((p) => p.id)])).toEqual([
		['kahla2022-brepmi', ['zhang2020-gmi']],
	]);
	// Every node lies inside the drawing, so the SVG's viewBox shows it whole.
	for (const node of lineage.nodes) {
		expect(node.x - node.width / 2).toBeGreaterThanOrEqual(0);
		expect(node.y + node.height / 2).toBeLessThanOrEqual(lineage.height);
	}
	expect(lineage.nodes.find((node) => node.id === 'zhang2020-gmi')?.label).toBe(
		'Zhang et al., 2020',
	);
});

test('an empty catalog draws an empty graph', () => {
	expect(attackLineage([])).toMatchObject({ nodes: [], edges: [], descent: [] });
});

test('polylinePath writes an SVG path', () => {
	expect(
		polylinePath([
			{ x: 1, y: 2 },
			{ x: 3.25, y: 4 },
		]),
	).toBe('M1.0 2.0 L3.3 4.0');
});
