/**
 * Coverage figures of the catalog for the "Scope and method" page: how many entries per year,
 * kind, family, modality and access level. Computed from the entries, never typed by hand.
 */
import type { Paper } from '../../schemas/paper.ts';
import {
	accessLevels,
	attackFamilies,
	modalities,
	paperKinds,
	settings,
	type PaperKind,
	type Term,
} from './vocabulary.ts';

/** One row of a coverage table: a vocabulary term (or a year) and its count. */
export interface CoverageRow {
	key: string;
	label: string;
	count: number;
}

/** Entries per year of first public version, one column per kind. */
export interface YearCoverage {
	kinds: { key: PaperKind; label: string }[];
	rows: { year: number; counts: number[]; total: number }[];
}

export interface Coverage {
	total: number;
	/** Entries whose first public version appeared in `recentFrom` or later. */
	recent: number;
	recentFrom: number;
	byYear: YearCoverage;
	byKind: CoverageRow[];
	/** Attacks only: a paper counts once per family, setting, modality; once per access level it covers. */
	byFamily: CoverageRow[];
	bySetting: CoverageRow[];
	byModality: CoverageRow[];
	byAccess: CoverageRow[];
	/** Attacks without a family, modality: shown so the gaps are visible, not hidden. */
	unclassified: { family: number; modality: number };
}

function countBy<K extends string>(
	registry: Readonly<Record<K, Term>>,
	keysOf: (paper: Paper) => readonly (K | undefined)[],
	papers: readonly Paper[],
): CoverageRow[] {
	return (Object.keys(registry) as K[])
		.map((key) => ({
			key,
			label: registry[key].label,
			count: papers.filter((paper) => keysOf(paper).includes(key)).length,
		}))
		.filter((row) => row.count > 0);
}

/** Coverage figures; `recentFrom` is the first year counted as recent (2025 by default). */
export function catalogCoverage(papers: readonly Paper[], recentFrom = 2025): Coverage {
	const attacks = papers.filter((paper) => paper.kind === 'attack');
	const kindKeys = (Object.keys(paperKinds) as PaperKind[]).filter((kind) =>
		papers.some((paper) => paper.kind === kind),
	);
	const years = [...new Set(papers.map((paper) => paper.year))].toSorted((a, b) => a - b);
	return {
		total: papers.length,
		recent: papers.filter((paper) => paper.year >= recentFrom).length,
		recentFrom,
		byYear: {
			kinds: kindKeys.map((key) => ({ key, label: paperKinds[key].label })),
			rows: years.map((year) => {
				const ofYear = papers.filter((paper) => paper.year === year);
				return {
					year,
					counts: kindKeys.map((kind) => ofYear.filter((paper) => paper.kind === kind).length),
					total: ofYear.length,
				};
			}),
		},
		byKind: countBy(paperKinds, (paper) => [paper.kind], papers),
		byFamily: countBy(
			attackFamilies,
			(paper) => [paper.kind === 'attack' ? paper.family : undefined],
			attacks,
		),
		bySetting: countBy(
			settings,
			(paper) => [paper.kind === 'attack' ? paper.setting : undefined],
			attacks,
		),
		byModality: countBy(
			modalities,
			(paper) => [paper.kind === 'attack' ? paper.modality : undefined],
			attacks,
		),
		byAccess: countBy(
			accessLevels,
			(paper) => (paper.kind === 'attack' ? paper.access : []),
			attacks,
		),
		unclassified: {
			family: attacks.filter((paper) => paper.kind === 'attack' && !paper.family).length,
			modality: attacks.filter((paper) => paper.kind === 'attack' && !paper.modality).length,
		},
	};
}
