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
	/** Plural of the label, when adding "s" is wrong. */
	plural?: string;
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
		description: 'Reviews and organizes published work on model inversion.',
	},
	benchmark: {
		label: 'Benchmark',
		description: 'Provides a toolbox or protocol to compare attacks and defenses.',
	},
	analysis: {
		label: 'Analysis',
		plural: 'Analyses',
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
	'vision-language-model': {
		label: 'Vision-language model',
		description:
			'A multimodal model that takes images and text and answers in text (e.g. LLaVA-style).',
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

	'time-series': {
		label: 'Time series',
		description: 'Sequences of numeric measurements over time, such as energy load.',
	},

	'point-cloud': {
		label: 'Point cloud',
		description: '3D point sets from LiDAR or depth sensors.',
	},
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
		description: 'Optimizes inputs so that their gradients match shared gradients.',
	},
	generative: {
		label: 'Generative-model-based',
		description: 'Searches the latent space of a generative prior such as a GAN.',
	},
	optimisation: {
		label: 'Optimization-based',
		description: 'Optimizes the input directly against the target model.',
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
	none: { label: 'None', description: 'No learned prior beyond simple regularizers.' },
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
		label: 'Training regularization',
		description: 'Adds a training objective that limits leakage.',
	},
	'output-perturbation': {
		label: 'Output perturbation',
		description: 'Perturbs, truncates or purifies the model outputs.',
	},
	'training-data': {
		label: 'Training-data transformation',
		description:
			'Changes the training inputs (masking, augmentation, synthetic data) rather than the objective.',
	},
	trapdoor: {
		label: 'Trapdoors and decoys',
		description:
			'Plants shortcuts or decoy signals in the model that lure an attack away from private data.',
	},
	detection: {
		label: 'Detection',
		description:
			'Detects an attack under way (e.g. a manipulated model) instead of preventing leakage.',
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

export const datasets = {
	'20-newsgroups': {
		label: '20 Newsgroups',
		description: 'Newsgroup posts in 20 topic classes, a text-classification benchmark.',
	},
	adult: { label: 'Adult', description: 'UCI census-income records with demographic attributes.' },
	aids: { label: 'AIDS', description: 'Molecular graphs labelled by anti-HIV activity.' },
	'brazil-air-traffic': {
		label: 'Brazil air-traffic',
		description: 'Graph of Brazilian airports linked by commercial flights.',
	},
	celeba: {
		label: 'CelebA',
		description: 'Celebrity face images with identity and attribute labels.',
	},
	cifar10: { label: 'CIFAR-10', description: 'Small natural images in 10 classes.' },
	cifar100: { label: 'CIFAR-100', description: 'Small natural images in 100 classes.' },
	'cinic-10': {
		label: 'CINIC-10',
		description: 'CIFAR-10 classes extended with downsampled ImageNet images.',
	},
	citeseer: { label: 'CiteSeer', description: 'Citation graph of scientific publications.' },
	coco: {
		label: 'COCO',
		description: 'Everyday-scene images with object labels and human-written captions.',
	},
	cola: {
		label: 'CoLA',
		description: 'Sentences labelled for grammatical acceptability (GLUE task).',
	},
	cora: { label: 'Cora', description: 'Citation graph of machine-learning papers.' },
	dd: { label: 'D&D', description: 'Protein structure graphs labelled enzyme or not.' },
	'enron-emails': {
		label: 'Enron Emails',
		description:
			'Corporate e-mail corpus released in the Enron investigation, used as private text.',
	},
	enzymes: {
		label: 'ENZYMES',
		description: 'Protein tertiary-structure graphs in six enzyme classes.',
	},
	facescrub: { label: 'FaceScrub', description: 'Face images of public figures, by identity.' },
	'fashion-mnist': {
		label: 'Fashion-MNIST',
		description: 'Grayscale 28x28 images of clothing items in 10 classes.',
	},
	femnist: {
		label: 'FEMNIST',
		description:
			'Handwritten characters from EMNIST split by writer for federated learning (LEAF).',
	},
	ffhq: {
		label: 'FFHQ',
		description: 'High-quality face images, a common public prior for StyleGAN.',
	},
	fivethirtyeight: {
		label: 'FiveThirtyEight survey',
		description: 'Survey responses released by FiveThirtyEight, with sensitive answers.',
	},
	flickr8k: {
		label: 'Flickr8K',
		description: 'About 8,000 Flickr images, each with five human-written captions.',
	},
	glue: { label: 'GLUE', description: 'Benchmark suite of English sentence-understanding tasks.' },
	gss: { label: 'GSS', description: 'General Social Survey records with sensitive attributes.' },
	imagenet: { label: 'ImageNet', description: 'Large-scale natural images in 1,000 classes.' },
	imdb: {
		label: 'IMDB',
		description: 'Movie reviews labeled by sentiment, a text-classification benchmark.',
	},
	kitti: {
		label: 'KITTI',
		description: 'Driving scenes with LiDAR point clouds and camera images.',
	},
	lag: {
		label: 'LAG',
		description:
			'Large Age-Gap face-verification set: the same people photographed at very different ages.',
	},
	lfw: { label: 'LFW', description: 'Labeled Faces in the Wild, unconstrained face photographs.' },
	librispeech: { label: 'LibriSpeech', description: 'Read English speech from audiobooks.' },
	'linnaeus-5': { label: 'Linnaeus 5', description: 'Natural images in five object classes.' },
	'medical-mnist': {
		label: 'Medical MNIST',
		description: 'Small medical images in several modalities.',
	},
	mnist: { label: 'MNIST', description: 'Handwritten digit images.' },
	'ms-celeb-1m': {
		label: 'MS-Celeb-1M',
		description: 'Large face-recognition training set of celebrities.',
	},
	'ms-marco': { label: 'MS MARCO', description: 'Web passages and queries for retrieval.' },
	muct: { label: 'MUCT', description: 'Face images of the MUCT landmarked face database.' },
	personachat: {
		label: 'PersonaChat',
		description: 'Dialogues conditioned on short persona descriptions.',
	},
	polblogs: { label: 'Polblogs', description: 'Hyperlink graph of political blogs.' },
	pubfig83: { label: 'PubFig83', description: 'Face images of 83 public figures.' },
	qm9: {
		label: 'QM9',
		description: 'Small organic molecules as graphs with quantum-chemical properties.',
	},
	qnli: { label: 'QNLI', description: 'Question-answer sentence pairs (GLUE task).' },
	'reuters-21578': {
		label: 'Reuters-21578',
		description: 'Newswire articles labeled by topic, a text-classification benchmark.',
	},
	'rotten-tomatoes': {
		label: 'Rotten Tomatoes',
		description: 'Movie-review sentences with sentiment labels.',
	},
	'sst-2': {
		label: 'SST-2',
		description: 'Movie-review sentences with binary sentiment (GLUE task).',
	},
	'stanford-dogs': { label: 'Stanford Dogs', description: 'Dog images in 120 breeds.' },
	stl10: {
		label: 'STL-10',
		description: 'Natural images in 10 classes at 96x96 pixels, with extra unlabeled images.',
	},
	svhn: { label: 'SVHN', description: 'Street View house-number digit images.' },
	'tiny-imagenet': {
		label: 'Tiny ImageNet',
		description: 'Downsampled ImageNet subset: 200 classes at 64x64 pixels.',
	},
	'usa-air-traffic': {
		label: 'USA air-traffic',
		description: 'Graph of US airports linked by commercial flights.',
	},
	utkface: { label: 'UTKFace', description: 'Face images labeled with age, gender and ethnicity.' },
	'vgg-face': {
		label: 'VGG-Face',
		description:
			'Face images of about 2,600 identities collected for the original VGG-Face model (not VGGFace2).',
	},
	vggface2: {
		label: 'VGGFace2',
		description: 'Large face-recognition data set with pose and age variation.',
	},
	'waymo-open': {
		label: 'Waymo Open Dataset',
		description: 'Large-scale driving data with LiDAR point clouds and camera images.',
	},
	wikitext: { label: 'WikiText', description: 'Language-modeling corpus of Wikipedia articles.' },
} as const satisfies Registry<string>;

export const metrics = {
	'attack-accuracy': {
		label: 'Attack accuracy',
		description: 'Share of reconstructions an evaluation classifier assigns to the target class.',
	},
	auc: { label: 'AUC', description: 'Area under the ROC curve, e.g. for recovered graph edges.' },
	bleu: { label: 'BLEU', description: 'n-gram overlap between recovered and original text.' },
	'distance-correlation': {
		label: 'Distance correlation',
		description: 'Statistical dependence between inputs and shared representations.',
	},
	f1: { label: 'F1', description: 'Harmonic mean of precision and recall of recovered items.' },
	fid: {
		label: 'FID',
		description: 'Fréchet inception distance between reconstructions and private images.',
	},
	'knn-distance': {
		label: 'KNN distance',
		description:
			'Feature distance from a reconstruction to the nearest private image of its class.',
	},
	'knowledge-extraction-score': {
		label: 'Knowledge extraction score',
		description: 'Accuracy of a classifier trained only on the reconstructions.',
	},
	lpips: {
		label: 'LPIPS',
		description: 'Learned perceptual distance between reconstruction and original image.',
	},
	mse: { label: 'MSE', description: 'Mean squared error between reconstruction and original.' },
	'mutual-information': {
		label: 'Mutual information',
		description: 'Information shared between inputs and what the adversary observes.',
	},
	psnr: {
		label: 'PSNR',
		description: 'Peak signal-to-noise ratio between reconstruction and original image.',
	},
	'recover-rate': {
		label: 'Recover rate',
		description: 'Share of private items (e.g. words or tokens) that an attack recovers.',
	},
	rouge: {
		label: 'ROUGE',
		description: 'Recall-oriented overlap between recovered and original text.',
	},
	ssim: {
		label: 'SSIM',
		description: 'Structural similarity between reconstruction and original image.',
	},
	'test-accuracy': {
		label: 'Test accuracy',
		description: 'Utility of the protected model on held-out data.',
	},
} as const satisfies Registry<string>;

/** Every vocabulary, in the order the glossary shows them. */
/** Why a paper that public lists hold is left out of the catalog (`content/excluded.yaml`). */
export const exclusionReasons = {
	'out-of-scope': {
		label: 'Out of scope',
		description:
			'Does not recover training data, inputs or attributes (e.g. membership inference only).',
	},
	duplicate: {
		label: 'Duplicate',
		description: 'Another version or another name of a paper the catalog already holds.',
	},
	unverifiable: {
		label: 'Could not be verified',
		description: 'Title, authors or venue could not be confirmed at a primary source.',
	},
	'not-a-paper': {
		label: 'Not a paper',
		description: 'A blog post, slide deck, tool or dataset rather than a research paper.',
	},
} as const satisfies Registry<string>;

export const vocabularies = [
	{ id: 'paper-kinds', title: 'Kinds of paper', field: 'kind', terms: paperKinds },
	{ id: 'settings', title: 'Attacked settings', field: 'setting', terms: settings },
	{ id: 'modalities', title: 'Data modalities', field: 'modality', terms: modalities },
	{ id: 'access', title: 'Adversary access', field: 'access', terms: accessLevels },
	{ id: 'attack-families', title: 'Attack families', field: 'family', terms: attackFamilies },
	{ id: 'priors', title: 'Priors', field: 'prior', terms: priors },
	{
		id: 'defense-categories',
		title: 'Defense categories',
		field: 'category',
		terms: defenseCategories,
	},
	{ id: 'defense-stages', title: 'Defense stages', field: 'stage', terms: defenseStages },
	{ id: 'venue-kinds', title: 'Venue kinds', field: 'venue.kind', terms: venueKinds },
	{ id: 'datasets', title: 'Datasets', field: 'datasets', terms: datasets },
	{ id: 'metrics', title: 'Metrics', field: 'metrics', terms: metrics },
] as const;

export type PaperKind = keyof typeof paperKinds;
export type Setting = keyof typeof settings;
export type Modality = keyof typeof modalities;
export type AccessLevel = keyof typeof accessLevels;
export type AttackFamily = keyof typeof attackFamilies;
export type DefenseCategory = keyof typeof defenseCategories;
export type Prior = keyof typeof priors;
export type Dataset = keyof typeof datasets;
export type Metric = keyof typeof metrics;

/**
 * Checks a vocabulary value given to a component in a chapter, so a typo fails the build with
 * the list of allowed values instead of silently showing an empty table.
 */
export function assertTerm<K extends string>(
	registry: Readonly<Record<K, Term>>,
	value: string | undefined,
	what: string,
): K | undefined {
	if (value === undefined) return undefined;
	if (Object.hasOwn(registry, value)) return value as K;
	throw new Error(
		`${what}: unknown value "${value}" (use one of: ${Object.keys(registry).join(', ')})`,
	);
}
