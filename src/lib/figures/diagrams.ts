/**
 * The survey's explanatory diagrams as data: boxes, arrows and tags placed on a narrow canvas
 * (360 units wide) so they stay legible on a phone. `<Diagram name="..." />` draws one as an
 * accessible SVG with a title, a long description and a caption. Coordinates are chosen by hand;
 * only the lineage graph, which is generated from the catalog, is laid out by a library.
 */

/** What a box stands for, which decides its style. */
export type BoxKind = 'data' | 'model' | 'adversary' | 'defense' | 'plain';

export interface DiagramBox {
	x: number;
	y: number;
	width: number;
	height: number;
	/** One or two lines of text. */
	lines: string[];
	kind: BoxKind;
}

export interface DiagramArrow {
	/** Polyline from the first point to the last; the arrowhead sits on the last. */
	points: [number, number][];
	label?: string;
	/** Where the label's start sits. */
	labelAt?: [number, number];
	/** Dashed for an optional or adversarial step. */
	dashed?: boolean;
}

export interface DiagramTag {
	/** Left end of the tag text. */
	x: number;
	y: number;
	text: string;
	kind: 'access' | 'defense';
}

export interface Diagram {
	title: string;
	/** The text alternative: what the diagram shows, in full sentences. */
	description: string;
	caption: string;
	height: number;
	boxes: DiagramBox[];
	arrows: DiagramArrow[];
	tags: DiagramTag[];
}

export const diagramWidth = 360;

const box = (
	x: number,
	y: number,
	width: number,
	lines: string[],
	kind: BoxKind = 'plain',
	height = 34,
): DiagramBox => ({ x, y, width, height, lines, kind });

/** A vertical arrow from the bottom of one box to the top of the next, at column `x`. */
const down = (x: number, from: number, to: number, label?: string): DiagramArrow => ({
	points: [
		[x, from],
		[x, to],
	],
	...(label ? { label, labelAt: [x + 6, (from + to) / 2 + 4] as [number, number] } : {}),
});

export const diagrams = {
	'threat-model': {
		title: 'Where each access level sits',
		description:
			'A vertical pipeline from private training data to a predicted label. Training data feed training, which in federated learning shares gradients or updates: gradient access. Training produces the model parameters: white-box access. At deployment a query passes through the lower layers to intermediate features or embeddings (split inference and embedding services expose these), then through the upper layers to confidence scores (black-box access) and finally to a predicted label (label-only access). The further down the pipeline an adversary sits, the less it observes.',
		caption:
			'Where each access level of the catalog sits between training data and a prediction; an adversary lower down observes less',
		height: 404,
		boxes: [
			box(10, 8, 190, ['Private training data'], 'data'),
			box(10, 70, 190, ['Training', '(local or federated)'], 'model', 40),
			box(10, 142, 190, ['Trained model f_θ'], 'model'),
			box(10, 204, 190, ['Query x'], 'data'),
			box(10, 258, 190, ['Lower layers f_bot'], 'model'),
			box(10, 312, 190, ['Upper layers f_top'], 'model'),
			box(10, 366, 190, ['Scores f_θ(x) → label'], 'model'),
		],
		arrows: [
			down(105, 42, 70),
			down(105, 110, 142),
			down(105, 176, 204, 'deploy'),
			down(105, 238, 258),
			down(105, 292, 312),
			down(105, 346, 366),
		],
		tags: [
			{ x: 210, y: 95, text: 'gradients, updates', kind: 'access' },
			{ x: 210, y: 163, text: 'white-box: weights', kind: 'access' },
			{ x: 210, y: 299, text: 'features h, embeddings', kind: 'access' },
			{ x: 210, y: 378, text: 'black-box: scores', kind: 'access' },
			{ x: 210, y: 396, text: 'label-only: label', kind: 'access' },
		],
	},
	'generative-prior': {
		title: 'Inversion under a generative prior',
		description:
			'A loop. A latent code z goes into a generator G trained on public auxiliary data, which produces a candidate image G(z). The target model scores the candidate for the target class y. An identity loss on that score plus a weighted prior loss from the discriminator form the objective. The adversary updates z with gradients when it has the weights, or with queries or a reinforcement-learning agent when it only sees scores or labels, and repeats; the final G(z) is the reconstruction.',
		caption:
			'The search of GMI-style attacks: the generator keeps candidates realistic, the target model pulls them toward the class, and the access level decides how z is updated',
		height: 330,
		boxes: [
			box(110, 8, 140, ['Latent code z'], 'adversary'),
			box(110, 70, 140, ['Generator G', '(trained on D_aux)'], 'model', 40),
			box(110, 140, 140, ['Candidate G(z)'], 'data'),
			box(110, 202, 140, ['Target model f_θ'], 'model'),
			box(60, 264, 240, ['L_id(G(z), y) + λ L_prior(z)'], 'adversary', 40),
		],
		arrows: [
			down(180, 42, 70),
			down(180, 110, 140),
			down(180, 174, 202),
			down(180, 236, 264, 'score for y'),
			{
				points: [
					[60, 284],
					[30, 284],
					[30, 25],
					[110, 25],
				],
				label: 'update z',
				labelAt: [36, 150],
			},
		],
		tags: [
			{ x: 258, y: 218, text: 'weights, scores', kind: 'access' },
			{ x: 258, y: 232, text: 'or labels', kind: 'access' },
		],
	},
	'gradient-inversion': {
		title: 'Gradient inversion in federated learning',
		description:
			'Two columns. On the left, a client computes the gradient g of the loss on its private batch B under the current model parameters and sends g to the server. On the right, the server starts from a dummy batch, computes the gradient of the dummy batch under the same parameters, measures the distance d between that gradient and g, and updates the dummy inputs and labels to reduce the distance, repeating until the dummy batch approximates B. A dashed arrow from the server to the client marks the malicious server, which can change the parameters it sends so that g gives more away.',
		caption:
			'An honest-but-curious server matches gradients of a dummy batch to the shared one; a malicious server can also modify the model it sends',
		height: 318,
		boxes: [
			box(8, 8, 150, ['Client: private', 'batch B'], 'data', 40),
			box(8, 90, 150, ['g = ∇θ ℓ on B'], 'model'),
			box(202, 8, 150, ['Server: dummy', 'batch x′, q′'], 'adversary', 40),
			box(202, 90, 150, ['∇θ ℓ on x′, q′'], 'model'),
			box(202, 170, 150, ['distance d(·, g)'], 'adversary'),
			box(202, 250, 150, ['update x′, q′'], 'adversary'),
		],
		arrows: [
			down(83, 48, 90),
			{
				points: [
					[83, 124],
					[83, 187],
					[202, 187],
				],
				label: 'sends g',
				labelAt: [88, 180],
			},
			down(277, 48, 90),
			down(277, 124, 170),
			down(277, 204, 250),
			{
				points: [
					[352, 267],
					[356, 267],
					[356, 28],
					[352, 28],
				],
			},
			{
				points: [
					[202, 40],
					[158, 40],
				],
				dashed: true,
				label: 'modified θ',
				labelAt: [152, 62],
			},
		],
		tags: [{ x: 8, y: 150, text: 'gradient access', kind: 'access' }],
	},
	'split-inference': {
		title: 'Feature inversion in split inference',
		description:
			'The model is split in two. On the client, the input x passes through the lower layers to features h, which are sent to the server. The server computes the upper layers and the prediction. An adversary at the server, or anyone who reads h, inverts the features back to an estimate of x, either by optimizing a candidate input until its features match h, or with a trained inversion network; a generative prior can make the estimate realistic.',
		caption:
			'The server sees the features h; inverting them, by optimization or with a trained network, recovers the client’s input',
		height: 318,
		boxes: [
			box(8, 8, 150, ['Client input x'], 'data'),
			box(8, 74, 150, ['Lower layers f_bot'], 'model'),
			box(202, 74, 150, ['Upper layers f_top'], 'model'),
			box(202, 140, 150, ['Prediction'], 'plain'),
			box(202, 206, 150, ['Invert h: optimize', 'or network I_ψ'], 'adversary', 40),
			box(8, 270, 150, ['Reconstruction x̂'], 'data'),
		],
		arrows: [
			down(83, 42, 74),
			{
				points: [
					[158, 91],
					[202, 91],
				],
				label: 'h',
				labelAt: [176, 84],
			},
			down(277, 108, 140),
			{
				points: [
					[180, 91],
					[180, 226],
					[202, 226],
				],
				dashed: true,
			},
			{
				points: [
					[277, 246],
					[277, 287],
					[158, 287],
				],
			},
		],
		tags: [{ x: 8, y: 138, text: 'features h', kind: 'access' }],
	},
	'defense-placement': {
		title: 'Where each defense category acts',
		description:
			'A vertical pipeline with the defense categories beside the stage they act on. Training data: training-data transformation. Training: training regularization, differential privacy, architecture changes and trapdoors or decoys. Shared updates in federated learning: gradient pruning, gradient perturbation, cryptographic protection such as secure aggregation, and detection of a manipulated model. Features in split inference: feature perturbation. Model outputs: output perturbation.',
		caption:
			'The catalog’s defense categories, placed at the stage of the pipeline where each one acts',
		height: 334,
		boxes: [
			box(10, 8, 150, ['Training data'], 'data'),
			box(10, 70, 150, ['Training'], 'model'),
			box(10, 150, 150, ['Shared updates', '(federated)'], 'model', 40),
			box(10, 228, 150, ['Features h', '(split inference)'], 'model', 40),
			box(10, 296, 150, ['Outputs'], 'model'),
		],
		arrows: [down(85, 42, 70), down(85, 104, 150), down(85, 190, 228), down(85, 268, 296)],
		tags: [
			{ x: 170, y: 29, text: 'training-data transformation', kind: 'defense' },
			{ x: 170, y: 80, text: 'regularization, DP-SGD,', kind: 'defense' },
			{ x: 170, y: 95, text: 'architecture, trapdoors', kind: 'defense' },
			{ x: 170, y: 160, text: 'pruning, perturbation,', kind: 'defense' },
			{ x: 170, y: 175, text: 'secure aggregation,', kind: 'defense' },
			{ x: 170, y: 190, text: 'detection', kind: 'defense' },
			{ x: 170, y: 252, text: 'feature perturbation', kind: 'defense' },
			{ x: 170, y: 317, text: 'output perturbation', kind: 'defense' },
		],
	},
} as const satisfies Record<string, Diagram>;

export type DiagramName = keyof typeof diagrams;

/** The diagram called `name`, or an error naming the valid names (a typo fails the build). */
export function diagramNamed(name: string | undefined): Diagram {
	const known = Object.keys(diagrams);
	if (!name || !known.includes(name))
		throw new Error(
			`<Diagram name="${name ?? ''}">: unknown diagram (use one of: ${known.join(', ')})`,
		);
	return diagrams[name as DiagramName];
}

/** An SVG path through a polyline of points. */
export function arrowPath(points: readonly (readonly [number, number])[]): string {
	return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
}
