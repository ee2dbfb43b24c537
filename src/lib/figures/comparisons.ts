/** The comparison pages under `/compare/<slug>/`, in the order the index lists them. */
export const comparisons = [
	{
		slug: 'attacks',
		title: 'Attacks by family, access and prior',
		description: 'Every attack in the catalog, grouped by technique family.',
	},
	{
		slug: 'defenses',
		title: 'Defenses by category and stage',
		description: 'Every defense, grouped by mechanism, with the attacks it was evaluated against.',
	},
	{
		slug: 'matrix',
		title: 'Which defenses were evaluated against which attacks',
		description:
			'A matrix of defenses and the catalog attacks run against them, each mark naming the paper that reported the run.',
	},
	{
		slug: 'lineage',
		title: 'Lineage of attacks',
		description: 'Which attacks explicitly extend which, as recorded in the catalog.',
	},
	{
		slug: 'timeline',
		title: 'Attacks per year by family',
		description: 'How the families of attacks grew, year by year.',
	},
] as const;

export type ComparisonSlug = (typeof comparisons)[number]['slug'];
