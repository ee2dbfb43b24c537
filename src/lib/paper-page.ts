/**
 * What a paper's page shows besides its own fields: the threat-model card, the venue line and
 * the groups of related entries. Pure, so the page only prints them.
 */
import type { Paper } from '../schemas/paper.ts';
import { formatVenue, papersReferring } from './papers.ts';
import {
	accessLevels,
	attackFamilies,
	datasets,
	defenseCategories,
	defenseStages,
	metrics,
	modalities,
	priors,
	settings,
} from './vocabulary.ts';

/** Term and value pairs of the card, as labels: `['Access', 'White-box, Label-only']`. */
export function threatModelCard(paper: Paper): [string, string][] {
	const card: [string, string | undefined][] =
		paper.kind === 'attack'
			? [
					['Setting', settings[paper.setting].label],
					['Modality', paper.modality && modalities[paper.modality].label],
					['Access', paper.access.map((key) => accessLevels[key].label).join(', ')],
					['Family', paper.family && attackFamilies[paper.family].label],
					['Prior', paper.prior && priors[paper.prior].label],
				]
			: paper.kind === 'defense'
				? [
						['Category', defenseCategories[paper.category].label],
						['Stage', paper.stage && defenseStages[paper.stage].label],
					]
				: [];
	card.push(['Datasets', paper.datasets?.map((key) => datasets[key].label).join(', ')]);
	card.push(['Metrics', paper.metrics?.map((key) => metrics[key].label).join(', ')]);
	return card.filter((entry): entry is [string, string] => Boolean(entry[1]));
}

/** "IEEE/CVF ... (CVPR 2020) · first public version 2019", or "Preprint". */
export function venueLine(paper: Paper): string {
	return [
		paper.venue ? `${paper.venue.name} (${formatVenue(paper)})` : 'Preprint',
		paper.venue?.year && paper.venue.year !== paper.year
			? `first public version ${paper.year}`
			: '',
	]
		.filter(Boolean)
		.join(' · ');
}

export interface RelatedGroup<T> {
	/** Heading id on the paper page. */
	id: string;
	heading: string;
	papers: T[];
}

/** Entries this paper builds on or was evaluated against, and entries that refer to it. */
export function relatedGroups<T extends Paper>(paper: T, papers: readonly T[]): RelatedGroup<T>[] {
	const byId = new Map(papers.map((entry) => [entry.id, entry]));
	const lookup = (ids: readonly string[] | undefined) =>
		(ids ?? []).flatMap((id) => byId.get(id) ?? []);
	const referring = papersReferring(papers, paper.id);
	return [
		{
			id: 'builds-on',
			heading: 'Builds on',
			papers: paper.kind === 'defense' ? [] : lookup(paper.buildsOn),
		},
		{
			id: 'evaluated-against',
			heading: 'Evaluated against',
			papers: paper.kind === 'defense' ? lookup(paper.evaluatedAgainst) : [],
		},
		{ id: 'built-upon-by', heading: 'Built upon by', papers: referring.buildsOn },
		{
			id: 'defenses-evaluated',
			heading: 'Defenses evaluated against it',
			papers: referring.evaluatedBy,
		},
	].filter((group) => group.papers.length > 0);
}
