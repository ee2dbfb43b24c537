/**
 * The lineage graph of attacks: which catalog attacks explicitly extend which (`buildsOn`), laid
 * out at build time by dagre (a maintained layered-graph layout library) so nothing is placed by
 * hand. Only `buildsOn` is drawn: a baseline or an evaluation is not a line of descent.
 */
import { Graph, layout } from '@dagrejs/dagre';
import type { Paper } from '../../schemas/paper.ts';
import { relatedIds } from '../catalog/relations.ts';
import { citationLabel, citationYears } from '../citation/pandoc-citations.ts';

export interface LineageNode {
	id: string;
	/** Method name, or the author-year label when the paper names none. */
	label: string;
	/** Author-year label, for the title and the text alternative. */
	cite: string;
	title: string;
	year: number;
	/** Center and size in SVG user units. */
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LineageEdge {
	/** The earlier method. */
	from: string;
	/** The method that extends it. */
	to: string;
	/** Polyline from `from` to `to`. */
	points: { x: number; y: number }[];
}

export interface Lineage {
	width: number;
	height: number;
	nodes: LineageNode[];
	edges: LineageEdge[];
	/** Each drawn attack with the attacks it extends, oldest first: the text alternative. */
	descent: { node: LineageNode; parents: LineageNode[] }[];
}

/** Height of a node box and the approximate width of one label character, at the SVG's font size. */
const nodeHeight = 28;
const charWidth = 7.2;
/** Widest row of packed lineages, and the space between lineages. */
const maxWidth = 640;
const gap = 24;

/** The connected groups of `ids` under `links`, largest first, then by id. */
function components(
	ids: readonly string[],
	links: readonly { from: string; to: string }[],
): string[][] {
	const neighbors = new Map(ids.map((id) => [id, new Set<string>()]));
	for (const { from, to } of links) {
		neighbors.get(from)?.add(to);
		neighbors.get(to)?.add(from);
	}
	const seen = new Set<string>();
	const groups: string[][] = [];
	for (const start of ids) {
		if (seen.has(start)) continue;
		const group: string[] = [];
		const stack = [start];
		seen.add(start);
		while (stack.length > 0) {
			const id = stack.pop() ?? '';
			group.push(id);
			for (const next of neighbors.get(id) ?? [])
				if (!seen.has(next)) {
					seen.add(next);
					stack.push(next);
				}
		}
		groups.push(group.toSorted());
	}
	return groups.toSorted((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** Attacks connected by `buildsOn`, laid out top to bottom, earlier methods above later ones. */
export function attackLineage(papers: readonly Paper[]): Lineage {
	const years = citationYears(papers);
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	const links = papers
		.filter((paper) => paper.kind === 'attack')
		.flatMap((paper) =>
			relatedIds(paper, 'buildsOn')
				.filter((id) => byId.get(id)?.kind === 'attack')
				.map((id) => ({ from: id, to: paper.id })),
		);
	const ids = [...new Set(links.flatMap((link) => [link.from, link.to]))].sort();

	// Lay out each connected lineage on its own, then pack them in rows no wider than
	// `maxWidth`, so the figure stays narrow enough to read on a phone with little scrolling.
	const placed = new Map<string, { x: number; y: number; width: number; height: number }>();
	const paths = new Map<string, { x: number; y: number }[]>();
	let cursorX = 0;
	let cursorY = 0;
	let rowHeight = 0;
	let totalWidth = 0;
	for (const component of components(ids, links)) {
		const graph = new Graph();
		graph.setGraph({ rankdir: 'TB', nodesep: 14, ranksep: 36, marginx: 4, marginy: 4 });
		graph.setDefaultEdgeLabel(() => ({}));
		for (const id of component) {
			const paper = byId.get(id);
			const label = paper ? (paper.short ?? citationLabel(paper, years)) : id;
			graph.setNode(id, { width: Math.ceil(label.length * charWidth) + 20, height: nodeHeight });
		}
		const inside = links.filter((link) => component.includes(link.from));
		for (const link of inside) graph.setEdge(link.from, link.to);
		layout(graph);
		// dagre's graph is untyped: read back what layout() wrote, typed once here.
		const size = graph.graph() as { width?: number; height?: number };
		const width = Math.ceil(size.width ?? 0);
		const height = Math.ceil(size.height ?? 0);
		if (cursorX > 0 && cursorX + width > maxWidth) {
			cursorX = 0;
			cursorY += rowHeight + gap;
			rowHeight = 0;
		}
		for (const id of component) {
			const box = graph.node(id) as { x: number; y: number; width: number; height: number };
			placed.set(id, { ...box, x: box.x + cursorX, y: box.y + cursorY });
		}
		for (const link of inside) {
			const edge = graph.edge(link.from, link.to) as { points?: { x: number; y: number }[] };
			paths.set(
				`${link.from} ${link.to}`,
				(edge.points ?? []).map(({ x, y }) => ({ x: x + cursorX, y: y + cursorY })),
			);
		}
		cursorX += width + gap;
		rowHeight = Math.max(rowHeight, height);
		totalWidth = Math.max(totalWidth, cursorX - gap);
	}

	const nodes = ids.flatMap((id): LineageNode[] => {
		const paper = byId.get(id);
		const box = placed.get(id);
		if (!paper || !box) return [];
		const cite = citationLabel(paper, years);
		return [
			{
				id,
				label: paper.short ?? cite,
				cite,
				title: paper.title,
				year: paper.year,
				x: box.x,
				y: box.y,
				width: box.width,
				height: box.height,
			},
		];
	});
	const nodeById = new Map(nodes.map((node) => [node.id, node]));
	const edges = links.map((link) => ({
		...link,
		points: paths.get(`${link.from} ${link.to}`) ?? [],
	}));
	const byAge = (a: LineageNode, b: LineageNode) => a.year - b.year || a.id.localeCompare(b.id);
	const descent = nodes
		.map((node) => ({
			node,
			parents: links
				.filter((link) => link.to === node.id)
				.flatMap((link) => nodeById.get(link.from) ?? [])
				.toSorted(byAge),
		}))
		.filter((entry) => entry.parents.length > 0)
		.toSorted((a, b) => byAge(a.node, b.node));
	return {
		width: totalWidth,
		height: ids.length > 0 ? cursorY + rowHeight : 0,
		nodes,
		edges,
		descent,
	};
}

/** An SVG path through a polyline: `M x y L x y ...`, rounded to one decimal. */
export function polylinePath(points: readonly { x: number; y: number }[]): string {
	return points
		.map(({ x, y }, index) => `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`)
		.join(' ');
}
