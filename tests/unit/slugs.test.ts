import { describe, expect, test } from 'vitest';
import { suggestId } from '../../scripts/lib/scaffold.ts';
import { anchorSlug, idWord } from '../../src/lib/site/slugs.ts';

describe('slugs transliterate instead of dropping letters', () => {
	test.each([
		['Ødegård', 'odegard'],
		['Tramèr', 'tramer'],
		['Słowikowski', 'slowikowski'],
		['Österberg Nilsson', 'osterbergnilsson'],
		['Gürsoy', 'gursoy'],
		['PLG-MI', 'plgmi'],
	])('idWord(%j) -> %j', (text, word) => {
		expect(idWord(text)).toBe(word);
	});

	test('a suggested id keeps every letter of the surname', () => {
		expect(suggestId('Kari Ødegård', 2024, 'Inversion', undefined)).toBe('odegard2024-inversion');
	});

	test.each([
		['ResNet-18', 'resnet-18'],
		['CelebA → FFHQ', 'celeba-ffhq'],
		['Ødegård & co', 'odegard-co'],
		['  --a__b--  ', 'a-b'],
	])('anchorSlug(%j) -> %j', (text, slug) => {
		expect(anchorSlug(text)).toBe(slug);
	});
});
