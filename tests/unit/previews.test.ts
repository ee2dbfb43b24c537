import { expect, test } from 'vitest';
import { firstSentence, paperPreviews } from '../../src/lib/catalog/previews.ts';
import type { Paper } from '../../src/schemas/paper.ts';

test.each([
	['stops at the first sentence', 'GMI trains a GAN. Then it searches.', 'GMI trains a GAN.'],
	[
		'keeps abbreviations with a lower-case word after them',
		'It uses e.g. a GAN. More.',
		'It uses e.g. a GAN.',
	],
	['keeps a single sentence whole', 'One sentence only', 'One sentence only'],
	['stops before a parenthesis', 'It works. (Mostly.)', 'It works.'],
])('firstSentence %s', (_, text, expected) => {
	expect(firstSentence(text)).toBe(expected);
});

test('firstSentence cuts a long sentence on a word boundary', () => {
	const cut = firstSentence(`${'word '.repeat(60)}end.`, 50);
	expect(cut.endsWith('word…')).toBe(true);
	expect(cut.length).toBeLessThanOrEqual(50);
});

test('paperPreviews keys each paper by id with its name, citation names and venue', () => {
	const paper = {
		id: 'zhang2020-gmi',
		short: 'GMI',
		title: 'The Secret Revealer',
		authors: ['Yuheng Zhang', 'Ruoxi Jia', 'Hengzhi Pei'],
		year: 2020,
		venue: { name: 'Computer Vision and Pattern Recognition', short: 'CVPR', kind: 'conference' },
		summary: 'Trains a GAN on public faces. Then searches its latent space.',
	} as unknown as Paper;
	expect(paperPreviews([paper])).toEqual({
		'zhang2020-gmi': {
			name: 'GMI',
			title: 'The Secret Revealer',
			authors: 'Zhang et al.',
			venue: 'CVPR 2020',
			gist: 'Trains a GAN on public faces.',
		},
	});
});
