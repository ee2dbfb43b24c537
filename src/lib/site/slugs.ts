/**
 * Ids and anchors made from text, through one maintained slugifier that transliterates
 * ("Ødegård" -> "odegard", "Słowikowski" -> "slowikowski") instead of dropping what is not ASCII.
 * Chapter heading ids are not made here: Astro's rehypeHeadingIds (github-slugger) makes them.
 */
import slugify, { type Options } from '@sindresorhus/slugify';

/**
 * The library spells German umlauts as digraphs (ü -> ue); the catalog's ids drop the accent
 * instead (osterbergnilsson2026-tabular-gia, tramer), so these are spelled as their base letter.
 * "&" becomes a separator, not the word "and", so anchors read as they always have.
 */
const customReplacements: [string, string][] = [
	...[...'äöüÄÖÜ'].map((letter): [string, string] => [letter, letter.normalize('NFD')[0] ?? '']),
	['&', ' '],
];

const options: Options = { decamelize: false, customReplacements };

/** ASCII lowercase letters and digits only, for the parts of a paper id: "Tramèr" -> "tramer". */
export const idWord = (text: string): string => slugify(text, { ...options, separator: '' });

/** Lowercase ASCII words joined by hyphens, for a fragment id: "ResNet-18" -> "resnet-18". */
export const anchorSlug = (text: string): string => slugify(text, options);
