/** Facts about the site used in page metadata, the footer and citations. */
export const site = {
	title: 'Model Inversion Atlas',
	tagline: 'An open, living survey of model inversion attacks and defenses in deep learning',
	url: 'https://model-inversion-atlas.github.io',
	repository: 'https://github.com/model-inversion-atlas/atlas',
	/** The survey's edition (version): shown in the footer and carried by every citation. */
	edition: '0.1',
	/** Release date of this edition (YYYY-MM-DD); update it with `edition` and CHANGELOG.md. */
	editionDate: '2026-11-29',
	/** How the survey is credited in citations and metadata. */
	author: 'Model Inversion Atlas contributors',
	license: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
