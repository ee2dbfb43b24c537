/**
 * Relations between catalog entries. Each field makes one claim, checked in the citing paper:
 * "extends this method" (buildsOn), "ran it as a baseline" (comparedWith), "ran the attack against
 * the defense" (evaluatedAgainst) and "re-ran it in a benchmark or analysis" (evaluates). Keeping
 * the claims apart stops a chapter from turning "attacked Soteria" into "built on Soteria".
 */
import type { Paper } from '../../schemas/paper.ts';
import type { PaperKind } from './vocabulary.ts';

export type RelationField = 'buildsOn' | 'comparedWith' | 'evaluatedAgainst' | 'evaluates';

interface RelationSpec {
	/** What the field claims, as a heading on the citing paper's page. */
	label: string;
	/** The same claim read from the cited paper's side. */
	inverse: string;
	/** Which kinds of entry may carry the field, and which kinds each may point at. */
	targets: Partial<Record<PaperKind, readonly PaperKind[]>>;
}

/**
 * Every kind in the registry. Written out rather than read from the registry so that the catalog's
 * browser script, which bundles this module, does not carry the vocabularies; the check below
 * fails to compile when the registry gains a kind this list lacks.
 */
const anyKind = [
	'attack',
	'defense',
	'survey',
	'benchmark',
	'analysis',
] as const satisfies readonly PaperKind[];
const everyKindListed: Exclude<PaperKind, (typeof anyKind)[number]> extends never ? true : never =
	true;
void everyKindListed;
const methods: readonly PaperKind[] = ['attack', 'defense'];

export const relations: Readonly<Record<RelationField, RelationSpec>> = {
	buildsOn: {
		label: 'Builds on',
		inverse: 'Built upon by',
		targets: {
			attack: ['attack'],
			defense: ['defense'],
			survey: anyKind,
			benchmark: anyKind,
			analysis: anyKind,
		},
	},
	comparedWith: {
		label: 'Compared with',
		inverse: 'Used as a baseline by',
		targets: { attack: ['attack'], defense: ['defense'] },
	},
	evaluatedAgainst: {
		label: 'Evaluated against',
		inverse: 'Evaluated against it',
		targets: { attack: ['defense'], defense: ['attack'] },
	},
	evaluates: {
		label: 'Evaluates',
		inverse: 'Evaluated in',
		targets: { survey: methods, benchmark: methods, analysis: methods },
	},
};

export const relationFields = Object.keys(relations) as RelationField[];

/** The ids an entry lists in one relation field (empty when the field does not apply). */
export function relatedIds(paper: object, field: RelationField): readonly string[] {
	const value: unknown = (paper as Partial<Record<RelationField, unknown>>)[field];
	return Array.isArray(value) ? (value as string[]) : [];
}

/**
 * Why `target` may not appear in `source`'s `field`, or undefined when it may. The schema
 * already keeps fields to the kinds that carry them; this checks the kind pointed at.
 */
export function relationError(
	source: Paper,
	field: RelationField,
	target: Paper,
): string | undefined {
	const allowed = relations[field].targets[source.kind];
	if (!allowed) return `${article(source.kind)} has no ${field} field`;
	if (allowed.includes(target.kind)) return undefined;
	const wanted = allowed.length === 1 ? `${allowed[0]}` : allowed.join(' or ');
	return `"${target.id}" is ${article(target.kind)}; ${article(source.kind)}'s ${field} lists only ${wanted} entries (${hint(source, field)})`;
}

const article = (kind: PaperKind): string => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

function hint(source: Paper, field: RelationField): string {
	if (field === 'buildsOn' && source.kind === 'attack')
		return 'an attack that attacks a defense lists it in evaluatedAgainst';
	if (field === 'buildsOn' && source.kind === 'defense')
		return 'a defense tested against an attack lists it in evaluatedAgainst';
	if (field === 'comparedWith') return 'baselines are methods of the same kind';
	return 'attacks list defenses and defenses list attacks';
}

/** One attack run against one defense, and the paper that reports the run. */
export interface Evaluation<T extends Paper = Paper> {
	attack: T;
	defense: T;
	/** The entry whose experiments ran the pair: the attack's paper or the defense's. */
	reportedBy: T;
}

/**
 * Every attack-defense pair the catalog records, from both sides: a defense's paper that tested
 * against an attack, and an attack's paper that ran against a defense. A pair reported by both
 * papers appears twice, once per report.
 */
export function evaluations<T extends Paper>(papers: readonly T[]): Evaluation<T>[] {
	const byId = new Map(papers.map((paper) => [paper.id, paper]));
	const pairs: Evaluation<T>[] = [];
	for (const paper of papers) {
		for (const id of new Set(relatedIds(paper, 'evaluatedAgainst'))) {
			const other = byId.get(id);
			if (!other) continue;
			if (paper.kind === 'defense' && other.kind === 'attack')
				pairs.push({ attack: other, defense: paper, reportedBy: paper });
			if (paper.kind === 'attack' && other.kind === 'defense')
				pairs.push({ attack: paper, defense: other, reportedBy: paper });
		}
	}
	return pairs;
}

/** Entries that list `id` in `field`. */
export function papersCiting<T extends Paper>(
	papers: readonly T[],
	id: string,
	field: RelationField,
): T[] {
	return papers.filter((paper) => relatedIds(paper, field).includes(id));
}
