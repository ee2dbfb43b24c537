/** Facts about the site used in page metadata, the footer and citations. */
export const site = {
	title: 'Model Inversion Atlas',
	tagline: 'An open, living survey of model inversion attacks and defenses in deep learning',
	url: 'https://model-inversion-atlas.github.io',
	repository: 'https://github.com/model-inversion-atlas/atlas',
	edition: '0.1',
} as const;
