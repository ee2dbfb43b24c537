import { describe, expect, test } from 'vitest';
import {
	compareSortKeys,
	filterToParams,
	isFiltering,
	matchesFilter,
	normaliseText,
	parseFilter,
	type FilterableRow,
} from '../../src/lib/catalog/filters.ts';

const row = (overrides: Partial<FilterableRow> = {}): FilterableRow => ({
	facets: {
		kind: ['attack'],
		family: ['generative'],
		access: ['white-box', 'label-only'],
		modality: ['image'],
		setting: ['classifier'],
		prior: ['gan'],
		dataset: ['celeba', 'ffhq'],
		category: [],
		venue: ['conference'],
		observes: ['labels-only'],
		knows: ['target-label'],
		brings: ['same-distribution-public-data'],
		trains: [],
	},
	year: 2022,
	code: true,
	text: 'Label-Only Model Inversion Attacks via Boundary Repulsion Kahla et al. CVPR 2022',
	...overrides,
});

const filter = (query: string) => parseFilter(new URLSearchParams(query));

describe('parseFilter and filterToParams', () => {
	test.each([
		'access=label-only',
		'kind=attack%2Cdefense&from=2019&to=2022',
		'family=generative&code=1&q=boundary+repulsion',
		'sort=-year',
		'prior=gan&dataset=celeba%2Cffhq&category=differential-privacy&venue=journal',
		// Some dataset keys start with a digit.
		'dataset=20-newsgroups',
		'',
	])('%s round-trips', (query) => {
		expect(filterToParams(filter(query)).toString()).toBe(query);
	});

	test('reads a repeated facet parameter, as a form submits it, like a list', () => {
		expect(filterToParams(filter('access=gradients&access=label-only')).toString()).toBe(
			'access=gradients%2Clabel-only',
		);
	});

	test('ignores malformed values', () => {
		expect(
			filterToParams(filter('access=<script>&from=20x&to=99999&code=yes&sort=%3B')).toString(),
		).toBe('');
	});
});

describe('matchesFilter', () => {
	test.each([
		['', true],
		['access=label-only', true],
		['access=gradients', false],
		['access=gradients,label-only', true],
		['kind=attack&family=gradient-inversion', false],
		['kind=defense', false],
		['from=2022&to=2022', true],
		['from=2023', false],
		['to=2021', false],
		['code=1', true],
		['q=boundary%20KAHLA', true],
		['q=boundary%20diffusion', false],
		['modality=text', false],
		['setting=classifier', true],
		['prior=gan', true],
		['prior=diffusion', false],
		['dataset=ffhq', true],
		['dataset=mnist,celeba', true],
		['dataset=mnist', false],
		['category=differential-privacy', false],
		['venue=conference', true],
		['venue=journal,workshop', false],
		['prior=gan&venue=journal', false],
		['observes=labels-only', true],
		['observes=weights', false],
		['observes=weights,labels-only&knows=target-label', true],
		['knows=architecture', false],
		['brings=same-distribution-public-data', true],
		['brings=none', false],
		['trains=surrogate', false],
	])('%s -> %s', (query, expected) => {
		expect(matchesFilter(row(), filter(query))).toBe(expected);
	});

	test('has-code excludes papers without code', () => {
		expect(matchesFilter(row({ code: false }), filter('code=1'))).toBe(false);
	});

	test('text search ignores case and accents', () => {
		expect(matchesFilter(row({ text: 'Florian Tramèr' }), filter('q=tramer'))).toBe(true);
		expect(normaliseText('Ünïcode')).toBe('unicode');
	});
});

test.each([
	['', false],
	['sort=-year', false],
	['dataset=celeba', true],
	['from=2020', true],
	['code=1', true],
	['q=gan', true],
])('isFiltering(%s) is %s', (query, expected) => {
	expect(isFiltering(filter(query))).toBe(expected);
});

test('compareSortKeys sorts numbers numerically and text alphabetically', () => {
	expect(['10', '9', '2014'].toSorted(compareSortKeys)).toEqual(['9', '10', '2014']);
	expect(['beta', 'Alpha', ''].toSorted(compareSortKeys)).toEqual(['', 'Alpha', 'beta']);
});
