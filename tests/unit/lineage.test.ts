import { expect, test } from 'vitest';
import { attackLineage, polylinePath } from '../../src/lib/figures/lineage.ts';
import type { Paper } from '../../src/schemas/paper.ts';
import { gmi, mid, relationCatalog } from '../fixtures/papers.ts';

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

/** An attack `id` of `year` that builds on `parents`. */
const attack = (id: string, year: number, parents: string[] = [], short?: string): Paper => ({
	...gmi,
	id,
	title: `Title ${id}`,
	authors: [`Ann ${id}`],
	year,
	venue: undefined,
	buildsOn: parents,
	...(short ? { short } : { short: undefined }),
});

test('lineages: several parents, oldest first; one lineage per connected group, packed in rows', () => {
	const papers = [
		attack('a2016-root', 2016, [], 'ROOT'),
		attack('b2018-left', 2018, ['a2016-root'], 'LEFT'),
		attack('c2018-right', 2018, ['a2016-root'], 'RIGHT'),
		attack(
			'd2020-join',
			2020,
			['c2018-right', 'b2018-left', 'z2000-missing', 'wang2021-mid'],
			'JOIN',
		),
		mid,
		// Eight separate pairs with wide labels: more than one row of 640 px.
		...Array.from({ length: 8 }, (_, i) => [
			attack(`p${i}2019-parent`, 2019, [], `Parent method number ${i}`),
			attack(`q${i}2021-child`, 2021, [`p${i}2019-parent`], `Child method number ${i}`),
		]).flat(),
	];
	const lineage = attackLineage(papers);
	const byId = new Map(lineage.nodes.map((node) => [node.id, node]));

	expect(lineage.nodes.map((node) => node.id)).toEqual([...byId.keys()].toSorted());
	expect(lineage.nodes).toHaveLength(20);
	expect(byId.get('a2016-root')).toMatchObject({
		label: 'ROOT',
		cite: 'a2016-root, 2016',
		title: 'Title a2016-root',
		year: 2016,
		width: Math.ceil(4 * 7.2) + 20,
		height: 28,
	});
	expect(lineage.edges.filter((edge) => edge.to === 'd2020-join').map((edge) => edge.from)).toEqual(
		['c2018-right', 'b2018-left'],
	);
	expect(
		lineage.descent.map(({ node, parents }) => [node.id, parents.map((p) => p.id)]).slice(0, 3),
	).toEqual([
		['b2018-left', ['a2016-root']],
		['c2018-right', ['a2016-root']],
		['d2020-join', ['b2018-left', 'c2018-right']],
	]);
	expect(lineage.descent).toHaveLength(11);

	// Each edge runs from its parent's box down to its child's.
	for (const edge of lineage.edges) {
		const [from, to] = [byId.get(edge.from)!, byId.get(edge.to)!];
		expect(from.y).toBeLessThan(to.y);
		expect(edge.points.length).toBeGreaterThanOrEqual(2);
		expect(edge.points[0]!.y).toBeCloseTo(from.y + from.height / 2, 0);
		expect(edge.points.at(-1)!.y).toBeCloseTo(to.y - to.height / 2, 0);
	}
	// No two boxes overlap, all lie inside the drawing, which is at most 640 px wide.
	const boxes = lineage.nodes.map((node) => ({
		left: node.x - node.width / 2,
		right: node.x + node.width / 2,
		top: node.y - node.height / 2,
		bottom: node.y + node.height / 2,
	}));
	for (const [i, a] of boxes.entries()) {
		expect(a.left).toBeGreaterThanOrEqual(0);
		expect(a.right).toBeLessThanOrEqual(lineage.width);
		expect(a.bottom).toBeLessThanOrEqual(lineage.height);
		for (const b of boxes.slice(i + 1))
			expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(
				true,
			);
	}
	expect(lineage.width).toBeLessThanOrEqual(640);
	// The largest lineage (four attacks) comes first, at the top left.
	const root = byId.get('a2016-root')!;
	expect(root.y - root.height / 2).toBeLessThan(10);
	expect(
		Math.min(
			...['a2016-root', 'b2018-left', 'c2018-right'].map(
				(id) => byId.get(id)!.x - byId.get(id)!.width / 2,
			),
		),
	).toBeLessThan(10);
	// The pairs fill rows below it: the figure is taller than two lineages stacked.
	const pairHeight = byId.get('q02021-child')!.y - byId.get('p02019-parent')!.y + 28;
	expect(lineage.height).toBeGreaterThan(2 * pairHeight);
	// Pairs of the same row share a top; pairs are placed in id order.
	const parentX = (i: number) => byId.get(`p${i}2019-parent`)!;
	expect(
		parentX(1).y === parentX(0).y ? parentX(1).x > parentX(0).x : parentX(1).y > parentX(0).y,
	).toBe(true);
});
