/**
 * Controlled vocabularies of the catalog. Each registry maps a key (what entries write in YAML)
 * to a label (what readers see) and a one-line description (tooltips, glossary).
 * Keys feed `z.enum` in the schemas, so a value that is not listed here fails validation.
 */
export interface Term {
	/** Short human-readable name. */
	label: string;
	/** One line saying what the term means in this survey. */
	description: string;
}

type Registry<K extends string> = Readonly<Record<K, Term>>;

/** Returns the keys of a registry as a non-empty tuple, as `z.enum` requires. */
export function keysOf<K extends string>(registry: Registry<K>): [K, ...K[]] {
	const keys = Object.keys(registry) as K[];
	if (keys.length === 0) throw new Error('A vocabulary needs at least one term.');
	return keys as [K, ...K[]];
}

export const paperKinds = {
	attack: {
		label: 'Attack',
		description: 'Proposes a way to recover training data or its attributes from a model.',
	},
	defense: {
		label: 'Defense',
		description: 'Proposes a way to reduce what an inversion attack can recover.',
	},
	survey: {
		label: 'Survey',
		description: 'Reviews and organises published work on model inversion.',
	},
	benchmark: {
		label: 'Benchmark',
		description: 'Provides a toolbox or protocol to compare attacks and defenses.',
	},
	analysis: {
		label: 'Analysis',
		description: 'Studies when and why inversion works without mainly proposing a new method.',
	},
} as const satisfies Registry<string>;

export const venueKinds = {
	conference: { label: 'Conference', description: 'Peer-reviewed conference proceedings.' },
	journal: { label: 'Journal', description: 'Peer-reviewed journal article.' },
	workshop: { label: 'Workshop', description: 'Workshop paper, often non-archival.' },
	preprint: { label: 'Preprint', description: 'Not (yet) peer reviewed, e.g. an arXiv preprint.' },
} as const satisfies Registry<string>;

export const settings = {
	classifier: {
		label: 'Classifier',
		description: 'A trained classification model, e.g. an image classifier.',
	},
	'face-recognition': {
		label: 'Face recognition',
		description: 'A face recognition or verification model.',
	},
	'federated-learning': {
		label: 'Federated learning',
		description: 'Gradients or model updates shared during federated or collaborative training.',
	},
	'split-inference': {
		label: 'Split or collaborative inference',
		description: 'A model cut in two, with intermediate features sent between parties.',
	},
	'embedding-model': {
		label: 'Embedding model',
		description: 'A model that maps inputs (often text) to vector embeddings.',
	},
	'language-model': {
		label: 'Language model',
		description: 'A (large) language model exposing text or next-token probabilities.',
	},
	'graph-neural-network': {
		label: 'Graph neural network',
		description: 'A model trained on graph-structured data.',
	},
	'generative-model': {
		label: 'Generative model',
		description: 'A GAN, diffusion or other generative model as the target.',
	},
	'tabular-model': {
		label: 'Tabular model',
		description: 'A model over tabular records, e.g. regression or decision trees.',
	},
	other: { label: 'Other', description: 'A setting not covered by the other values.' },
} as const satisfies Registry<string>;

export const modalities = {
	image: { label: 'Image', description: 'Images, including faces and medical scans.' },
	text: { label: 'Text', description: 'Natural-language text, tokens or prompts.' },
	graph: { label: 'Graph', description: 'Nodes, edges and graph structure.' },
	tabular: { label: 'Tabular', description: 'Records with named attributes.' },
	audio: { label: 'Audio', description: 'Speech or other audio signals.' },
	multimodal: { label: 'Multimodal', description: 'More than one modality at once.' },
} as const satisfies Registry<string>;

export const accessLevels = {
	'white-box': {
		label: 'White-box',
		description: 'Full access to the model architecture and parameters.',
	},
	'black-box': {
		label: 'Black-box (scores)',
		description: 'Query access returning confidence scores or soft labels.',
	},
	'label-only': {
		label: 'Label-only',
		description: 'Query access returning only the predicted label.',
	},
	gradients: {
		label: 'Gradients',
		description: 'Access to gradients or model updates shared in training.',
	},
	'intermediate-features': {
		label: 'Intermediate features',
		description: 'Access to internal activations or embeddings.',
	},
} as const satisfies Registry<string>;

export const attackFamilies = {
	'gradient-inversion': {
		label: 'Gradient inversion',
		description: 'Optimises inputs so that their gradients match shared gradients.',
	},
	generative: {
		label: 'Generative-model-based',
		description: 'Searches the latent space of a generative prior such as a GAN.',
	},
	optimisation: {
		label: 'Optimisation-based',
		description: 'Optimises the input directly against the target model.',
	},
	'inversion-network': {
		label: 'Training-based inversion network',
		description: 'Trains a network that maps model outputs back to inputs.',
	},
	analytic: {
		label: 'Analytic',
		description: 'Recovers inputs in closed form from weights or gradients.',
	},
	other: { label: 'Other', description: 'A technique not covered by the other families.' },
} as const satisfies Registry<string>;

export const priors = {
	none: { label: 'None', description: 'No learned prior beyond simple regularisers.' },
	'public-data': {
		label: 'Public data',
		description: 'Auxiliary data from the same domain, used directly.',
	},
	gan: { label: 'GAN', description: 'An unconditional generative adversarial network.' },
	'conditional-gan': {
		label: 'Conditional GAN',
		description: 'A class-conditional generative adversarial network.',
	},
	stylegan: { label: 'StyleGAN', description: 'A pre-trained StyleGAN generator.' },
	diffusion: { label: 'Diffusion model', description: 'A denoising diffusion model.' },
	'language-model': {
		label: 'Language model',
		description: 'A pre-trained language model used as a decoder or prior.',
	},
	other: { label: 'Other', description: 'Another kind of prior knowledge.' },
} as const satisfies Registry<string>;

export const defenseCategories = {
	'feature-perturbation': {
		label: 'Feature perturbation',
		description: 'Perturbs or obfuscates features or representations.',
	},
	'gradient-pruning': {
		label: 'Gradient pruning',
		description: 'Drops small gradient entries before sharing.',
	},
	'gradient-perturbation': {
		label: 'Gradient perturbation',
		description: 'Adds noise to or transforms shared gradients.',
	},
	'differential-privacy': {
		label: 'Differential privacy',
		description: 'Training with a formal differential-privacy guarantee.',
	},
	cryptographic: {
		label: 'Cryptographic',
		description: 'Secure aggregation, homomorphic encryption or secure computation.',
	},
	architecture: {
		label: 'Architecture change',
		description: 'Changes the model or its architecture.',
	},
	'training-regularisation': {
		label: 'Training regularisation',
		description: 'Adds a training objective that limits leakage.',
	},
	'output-perturbation': {
		label: 'Output perturbation',
		description: 'Perturbs, truncates or purifies the model outputs.',
	},
	other: { label: 'Other', description: 'A defense not covered by the other categories.' },
} as const satisfies Registry<string>;

export const defenseStages = {
	training: { label: 'Training time', description: 'Applied while the model is trained.' },
	inference: {
		label: 'Inference time',
		description: 'Applied when the model is queried or shares data.',
	},
} as const satisfies Registry<string>;

export type PaperKind = keyof typeof paperKinds;
export type Setting = keyof typeof settings;
export type Modality = keyof typeof modalities;
export type AccessLevel = keyof typeof accessLevels;
export type AttackFamily = keyof typeof attackFamilies;
