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

/**
 * What a metric measures and how to read its numbers. `definition` is exact (what is compared with
 * what, in which space); `better` says which direction means a stronger attack or, for utility,
 * a better model; `range` bounds every value the results collection may record.
 */
export interface MetricTerm extends Term {
	/** Exact definition, shown on the metric's page. */
	definition: string;
	/** Which direction is better for the party the metric measures (attack success or utility). */
	better: 'higher' | 'lower';
	/** Unit printed after values, e.g. "%" or "dB"; omitted for unitless scores. */
	unit?: string;
	/** Smallest and largest value a result may record. */
	range: readonly [number, number];
}

export const metrics = {
	'attack-accuracy': {
		label: 'Attack accuracy',
		description: 'Share of reconstructions an evaluation classifier assigns to the target class.',
		definition:
			'Top-1 attack accuracy: the percentage of reconstructed inputs that an evaluation classifier (the evaluator, usually a different network trained on the same private data as the target) assigns to the class the attack aimed at. It depends on the evaluator: the same reconstructions judged by another evaluator give another number.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	'attack-accuracy-top5': {
		label: 'Attack accuracy (top-5)',
		description: 'Share of reconstructions whose target class is among the evaluator’s top five.',
		definition:
			'Top-5 attack accuracy: the percentage of reconstructed inputs for which the attacked class is among the five classes the evaluation classifier scores highest.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	'attack-success-rate': {
		label: 'Attack success rate',
		description: 'Share of attack attempts that the paper counts as successful.',
		definition:
			'The percentage of attack attempts that meet the success criterion the reporting paper states (for example a face-recognition match above a threshold); the criterion differs between papers, so the setting notes name it.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	auc: {
		label: 'AUC',
		description: 'Area under the ROC curve, e.g. for recovered graph edges.',
		definition:
			'Area under the receiver operating characteristic curve of the attack’s scores for a binary decision (for example whether an edge exists), between 0 and 1.',
		better: 'higher',
		range: [0, 1],
	},
	bleu: {
		label: 'BLEU',
		description: 'n-gram overlap between recovered and original text.',
		definition:
			'BLEU score between recovered and original text (modified n-gram precision with a brevity penalty), recorded on the 0–100 scale unless the setting notes say otherwise.',
		better: 'higher',
		range: [0, 100],
	},
	'bleu-1': {
		label: 'BLEU-1',
		description: 'Unigram BLEU between recovered and original text.',
		definition:
			'BLEU computed with unigrams only (modified unigram precision with a brevity penalty) between recovered and original text, on the 0–100 scale.',
		better: 'higher',
		range: [0, 100],
	},
	'bleu-2': {
		label: 'BLEU-2',
		description: 'BLEU up to bigrams between recovered and original text.',
		definition:
			'BLEU computed with unigrams and bigrams between recovered and original text, on the 0–100 scale.',
		better: 'higher',
		range: [0, 100],
	},
	cider: {
		label: 'CIDEr',
		description: 'Consensus-based similarity of a recovered caption to reference captions.',
		definition:
			'CIDEr: TF-IDF-weighted n-gram similarity between a recovered caption and the reference captions of the image, averaged over images, recorded on the scale the source prints.',
		better: 'higher',
		range: [0, 1000],
	},
	'cosine-similarity': {
		label: 'Cosine similarity',
		description: 'Cosine similarity between the embeddings of recovered and original text.',
		definition:
			'Cosine similarity between the embedding of the recovered input and the embedding of the original, computed by the embedding model named in the setting.',
		better: 'higher',
		range: [-1, 1],
	},
	'distance-correlation': {
		label: 'Distance correlation',
		description: 'Statistical dependence between inputs and shared representations.',
		definition:
			'Distance correlation between raw inputs and the representation shared with another party, between 0 (independent) and 1.',
		better: 'lower',
		range: [0, 1],
	},
	'exact-match': {
		label: 'Exact match',
		description: 'Share of inputs recovered exactly.',
		definition:
			'The percentage of inputs (texts, or other discrete items) that the attack recovers exactly, token for token.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	f1: {
		label: 'F1',
		description: 'Harmonic mean of precision and recall of recovered items.',
		definition:
			'Harmonic mean of the precision and recall of recovered items (tokens, words, edges); for text, token F1 between recovered and original text, recorded as printed (0–100 or 0–1).',
		better: 'higher',
		range: [0, 100],
	},
	fid: {
		label: 'FID',
		description: 'Fréchet inception distance between reconstructions and private images.',
		definition:
			'Fréchet Inception Distance between the distribution of reconstructions and the distribution of the private training images, computed on Inception-v3 features.',
		better: 'lower',
		range: [0, 10000],
	},
	'images-recovered': {
		label: 'Images recovered',
		description: 'How many images of the attacked set the attack reconstructs.',
		definition:
			'The number of images of the attacked set that the attack reconstructs, by the reporting paper’s criterion; the size of the set is given in the setting notes.',
		better: 'higher',
		range: [0, 1000000],
	},
	'knn-distance': {
		label: 'KNN distance',
		description:
			'Feature distance from a reconstruction to the nearest private image of its class.',
		definition:
			'The distance, in the feature space of the evaluation classifier (its penultimate layer), from each reconstruction to the closest private training image of the attacked class, averaged over reconstructions; the usual variant is the squared ℓ2 distance.',
		better: 'lower',
		range: [0, 100000],
	},
	'knn-distance-facenet': {
		label: 'KNN distance (FaceNet)',
		description: 'Feature distance to the nearest private image, in a FaceNet feature space.',
		definition:
			'The ℓ2 distance, in the feature space of a FaceNet trained on VGGFace2 (not the evaluator), from each reconstruction to the closest private training image, averaged over reconstructions.',
		better: 'lower',
		range: [0, 100000],
	},
	'knowledge-extraction-score': {
		label: 'Knowledge extraction score',
		description: 'Accuracy of a classifier trained only on the reconstructions.',
		definition:
			'Test accuracy, on real data, of a classifier trained only on the attack’s reconstructions.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	'label-accuracy': {
		label: 'Label accuracy',
		description: 'Share of ground-truth labels recovered from gradients.',
		definition:
			'The percentage of the labels in a batch that a gradient attack recovers correctly.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	lpips: {
		label: 'LPIPS',
		description: 'Learned perceptual distance between reconstruction and original image.',
		definition:
			'Learned Perceptual Image Patch Similarity distance between each reconstruction and its original, from deep features (AlexNet or VGG), averaged over images; 0 means identical.',
		better: 'lower',
		range: [0, 2],
	},
	'lpips-vgg': {
		label: 'LPIPS (VGG)',
		description: 'LPIPS computed with VGG features instead of AlexNet.',
		definition:
			'Learned Perceptual Image Patch Similarity distance computed on VGG features (the plain LPIPS column uses AlexNet features), averaged over images; 0 means identical.',
		better: 'lower',
		range: [0, 2],
	},
	mse: {
		label: 'MSE',
		description: 'Mean squared error between reconstruction and original.',
		definition:
			'Mean squared error between reconstruction and original, per pixel (or per feature), on the value range the paper states.',
		better: 'lower',
		range: [0, 100000],
	},
	'mutual-information': {
		label: 'Mutual information',
		description: 'Information shared between inputs and what the adversary observes.',
		definition:
			'Estimated mutual information between the private inputs and what the adversary observes, in the units the reporting paper states.',
		better: 'lower',
		range: [0, 100000],
	},
	'online-face-comparison-score': {
		label: 'Face-comparison score',
		description: 'Similarity score of a commercial face-comparison service.',
		definition:
			'The 0–1 similarity that a commercial online face-comparison service (named in the setting notes) gives for a reconstruction and the original face.',
		better: 'higher',
		range: [0, 1],
	},
	psnr: {
		label: 'PSNR',
		description: 'Peak signal-to-noise ratio between reconstruction and original image.',
		definition:
			'Peak signal-to-noise ratio between each reconstruction and its original, 10·log10(MAX²/MSE) in decibels, averaged over images.',
		better: 'higher',
		unit: 'dB',
		range: [-100, 200],
	},
	'recover-rate': {
		label: 'Recover rate',
		description: 'Share of private items (e.g. words or tokens) that an attack recovers.',
		definition:
			'The percentage of private items (words, tokens or records) that appear in what the attack recovers.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
	rouge: {
		label: 'ROUGE',
		description: 'Recall-oriented overlap between recovered and original text.',
		definition:
			'ROUGE overlap between recovered and original text; the variant (ROUGE-1, ROUGE-2, ROUGE-L) is named in the setting notes.',
		better: 'higher',
		range: [0, 100],
	},
	'rouge-1': {
		label: 'ROUGE-1',
		description: 'Unigram overlap between recovered and original text.',
		definition:
			'ROUGE-1 F-measure: unigram overlap between recovered and original text, in percent as printed.',
		better: 'higher',
		range: [0, 100],
	},
	'rouge-2': {
		label: 'ROUGE-2',
		description: 'Bigram overlap between recovered and original text.',
		definition:
			'ROUGE-2 F-measure: bigram overlap between recovered and original text, in percent as printed.',
		better: 'higher',
		range: [0, 100],
	},
	'rouge-l': {
		label: 'ROUGE-L',
		description: 'Longest-common-subsequence overlap between recovered and original text.',
		definition:
			'ROUGE-L F-measure: overlap of the longest common subsequence of recovered and original text, recorded as printed (0–100 or 0–1).',
		better: 'higher',
		range: [0, 100],
	},
	ssim: {
		label: 'SSIM',
		description: 'Structural similarity between reconstruction and original image.',
		definition:
			'Structural similarity index between each reconstruction and its original (luminance, contrast and structure over local windows), averaged over images; 1 means identical.',
		better: 'higher',
		range: [-1, 1],
	},
	'test-accuracy': {
		label: 'Test accuracy',
		description: 'Utility of the protected model on held-out data.',
		definition:
			'Top-1 accuracy of the target model on its held-out test data, in percent: the utility a defense keeps. Recorded beside every defense result the paper gives it for.',
		better: 'higher',
		unit: '%',
		range: [0, 100],
	},
} as const satisfies Readonly<Record<string, MetricTerm>>;

/**
 * Network architectures named in reported results: the target model, the evaluation model that
 * judged attack accuracy, or the model whose gradients or features were inverted.
 */
export const models = {
	'bert-base': {
		label: 'BERT-base',
		description: 'BERT-base language model (12 layers, 110M parameters).',
	},
	'bert-large': {
		label: 'BERT-large',
		description: 'BERT-large language model (24 layers, 16 heads, 336M parameters).',
	},
	'cnn-6conv-2fc': {
		label: 'CNN (6 conv, 2 FC)',
		description:
			'The CIFAR-10 classifier of He et al. (2019): six convolutional and two fully connected layers.',
	},
	'cnn-yang2019': {
		label: 'CNN (Yang et al. 2019)',
		description:
			'The 64×64-input target network of Yang et al. (2019): four convolutional blocks and two fully connected layers.',
	},
	facenet: {
		label: 'FaceNet',
		description: 'Inception-ResNet-v1 face-recognition network (FaceNet), pre-trained on VGGFace2.',
	},
	facenet64: {
		label: 'FaceNet64',
		description: 'The 64×64-input FaceNet variant from the face.evoLVe library, used since GMI.',
	},
	'face-evolve': {
		label: 'face.evoLVe evaluator',
		description:
			'The evaluation classifier of GMI and its successors: a face.evoLVe face-recognition model pre-trained on MS-Celeb-1M and fine-tuned on the private identities (loaded as "FaceNet" in their code).',
	},
	'gtr-t5-base': { label: 'GTR-Base', description: 'The GTR-T5-base sentence embedding model.' },
	ir50: {
		label: 'IR-50',
		description: 'Face-recognition ResNet-50 with improved residual units (TFace).',
	},
	ir101: {
		label: 'IR-101',
		description: 'Face-recognition ResNet-101 with improved residual units (TFace).',
	},
	ir152: {
		label: 'IR-152',
		description: 'ResNet-152 with improved residual units (face.evoLVe IR-152), used since GMI.',
	},
	lenet: { label: 'LeNet', description: 'A small LeNet-style convolutional network.' },
	maxvit: { label: 'MaxViT', description: 'Multi-axis vision transformer.' },
	'openai-text-embedding-3-large': {
		label: 'text-embedding-3-large',
		description: 'OpenAI’s text-embedding-3-large embedding model, queried through its API.',
	},
	resnet18: { label: 'ResNet-18', description: 'Residual network with 18 layers.' },
	resnet50: { label: 'ResNet-50', description: 'Residual network with 50 layers.' },
	resnet152: { label: 'ResNet-152', description: 'Residual network with 152 layers.' },
	'simple-cnn': {
		label: 'SimpleCNN',
		description:
			'ML-Doctor’s small classifier: two convolutional and two fully connected layers, 32×32 input.',
	},
	vgg16: { label: 'VGG-16', description: 'VGG network with 16 weight layers.' },
	vgg19: { label: 'VGG-19', description: 'VGG network with 19 weight layers.' },
} as const satisfies Registry<string>;

/** How the numbers of a results file were read from their source. */
export const resultSourceKinds = {
	paper: { label: 'Paper', description: 'The paper’s own tables, read from its full text.' },
	readme: {
		label: 'README',
		description:
			'A results table the authors publish in their repository: its README or its project page.',
	},
	benchmark: {
		label: 'Benchmark',
		description: 'A benchmark’s tables, read from its full text or repository.',
	},
} as const satisfies Registry<string>;

/** What an adversary observes of the attacked system (an attack's threat model). */
export const observations = {
	weights: {
		label: 'Model weights',
		description:
			'The model’s parameters (white-box access): outputs, features and input gradients of chosen inputs follow.',
	},
	'confidence-vector': {
		label: 'Full confidence vector',
		description: 'The probability or score of every class for a query.',
	},
	'top-k-scores': {
		label: 'Top-k scores',
		description: 'The scores of the k highest-ranked classes only.',
	},
	'similarity-scores': {
		label: 'Similarity scores',
		description: 'Match scores against enrolled identities, as a face-recognition service returns.',
	},
	'labels-only': { label: 'Labels only', description: 'The predicted label, with no score.' },
	'query-outputs': {
		label: 'Query outputs, type not stated',
		description:
			'Black-box outputs of the adversary’s queries, where the text read does not say whether they are scores or labels; matched as if the full confidence vector were needed.',
	},
	explanations: {
		label: 'Explanations',
		description:
			'Saliency maps or other explanations of the private input, returned with its prediction.',
	},
	gradients: {
		label: 'Training gradients',
		description:
			'Gradients or model updates computed on private data, as a federated server sees them.',
	},
	features: {
		label: 'Features or embeddings',
		description: 'Intermediate features or embeddings computed from the private input.',
	},
	'generated-text': {
		label: 'Generated text',
		description: 'Text, or next-token distributions, that a language model generates.',
	},
	'generated-images': {
		label: 'Generated images',
		description:
			'Images that a generative model (a diffusion model, a GAN) produces for the adversary’s prompts or queries.',
	},
} as const satisfies Registry<string>;

/** What an adversary may know about the target beyond what it observes. */
export const knowledgeItems = {
	architecture: { label: 'Architecture', description: 'The target model’s architecture.' },
	'target-label': {
		label: 'Target label',
		description: 'Which class, identity or label the private data belongs to.',
	},
	'training-distribution': {
		label: 'Training distribution',
		description: 'The distribution the private training data was drawn from.',
	},
	'batch-norm-stats': {
		label: 'Batch-norm statistics',
		description: 'The running means and variances stored in batch-normalization layers.',
	},
	task: { label: 'Task', description: 'What the target model was trained to do.' },
	vocabulary: {
		label: 'Vocabulary',
		description: 'The discrete set of tokens a language model can take as input.',
	},
	'later-layers': {
		label: 'Later layers',
		description: 'In split inference, the layers after the split, held by the party that attacks.',
	},
} as const satisfies Registry<string>;

/** Data an attack brings, weakest first: each value also covers the ones before it. */
export const auxiliaryData = {
	none: { label: 'No auxiliary data', description: 'The attack uses no data of its own.' },
	'out-of-distribution-public-data': {
		label: 'Out-of-distribution public data',
		description: 'Public data from another distribution than the private data.',
	},
	'same-distribution-public-data': {
		label: 'Same-distribution public data',
		description: 'Public data from the distribution of the private data, disjoint from it.',
	},
	'original-training-data': {
		label: 'The training data itself',
		description: 'Samples of the target’s own training set.',
	},
} as const satisfies Registry<string>;

/** Models an attack trains for itself. */
export const trainedModels = {
	surrogate: { label: 'Surrogate model', description: 'A model imitating the target.' },
	'inversion-model': {
		label: 'Inversion model',
		description: 'A network that maps outputs or features back to inputs.',
	},
	generator: { label: 'Generator', description: 'A generative model trained for the attack.' },
} as const satisfies Registry<string>;

/** How a federated-learning server attacker behaves. */
export const serverBehaviors = {
	'honest-but-curious': {
		label: 'Honest but curious',
		description: 'Follows the protocol and only inspects what it receives.',
	},
	malicious: {
		label: 'Malicious',
		description: 'May modify the model or the protocol sent to clients.',
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
	{
		id: 'observations',
		title: 'What an adversary observes',
		field: 'assumptions.observes',
		terms: observations,
	},
	{
		id: 'knowledge',
		title: 'What an adversary knows',
		field: 'assumptions.knows',
		terms: knowledgeItems,
	},
	{
		id: 'auxiliary-data',
		title: 'Auxiliary data',
		field: 'assumptions.brings',
		terms: auxiliaryData,
	},
	{
		id: 'trained-models',
		title: 'Models an attack trains',
		field: 'assumptions.trains',
		terms: trainedModels,
	},
	{
		id: 'server-behaviors',
		title: 'Federated server behaviors',
		field: 'assumptions.server',
		terms: serverBehaviors,
	},
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
export type Observation = keyof typeof observations;
export type Knowledge = keyof typeof knowledgeItems;
export type AuxiliaryData = keyof typeof auxiliaryData;
export type TrainedModel = keyof typeof trainedModels;

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
