import type { Paper } from '../../schemas/paper.ts';

/**
 * How many papers use each vocabulary value, keyed `<field>:<key>` with the field names of
 * `vocabularies` (e.g. `access:label-only`, `venue.kind:journal`).
 */
export function countTermUses(papers: readonly Paper[]): Map<string, number> {
	const counts = new Map<string, number>();
	const add = (field: string, key: string | undefined) => {
		if (key) counts.set(`${field}:${key}`, (counts.get(`${field}:${key}`) ?? 0) + 1);
	};
	for (const paper of papers) {
		add('kind', paper.kind);
		add('venue.kind', paper.venue?.kind);
		for (const key of new Set(paper.datasets ?? [])) add('datasets', key);
		for (const key of new Set(paper.metrics ?? [])) add('metrics', key);
		if (paper.kind === 'attack') {
			add('setting', paper.setting);
			add('modality', paper.modality);
			add('family', paper.family);
			add('prior', paper.prior);
			for (const key of new Set(paper.access)) add('access', key);
			const sets = paper.assumptions ?? [];
			for (const key of new Set(sets.flatMap((set) => set.observes)))
				add('assumptions.observes', key);
			for (const key of new Set(sets.flatMap((set) => Object.keys(set.knows ?? {}))))
				add('assumptions.knows', key);
			for (const key of new Set(sets.flatMap((set) => set.brings ?? [])))
				add('assumptions.brings', key);
			for (const key of new Set(sets.flatMap((set) => set.trains ?? [])))
				add('assumptions.trains', key);
			for (const key of new Set(sets.flatMap((set) => (set.server ? [set.server] : []))))
				add('assumptions.server', key);
		}
		if (paper.kind === 'defense') {
			add('category', paper.category);
			add('stage', paper.stage);
		}
	}
	return counts;
}
