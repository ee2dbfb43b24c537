import { absoluteUrl, readAddress } from './lib/site/address.ts';

/**
 * The published address, read once from `ATLAS_SITE` and `ATLAS_BASE` (see src/lib/site/address.ts and
 * the README). In the browser bundles `process.env` is replaced at bundle time
 * (src/integrations/client-scripts.ts), so client code agrees with the pages.
 */
const address = readAddress({
	ATLAS_SITE: process.env['ATLAS_SITE'],
	ATLAS_BASE: process.env['ATLAS_BASE'],
});

/** Facts about the site used in page metadata, the footer and citations. */
export const site = {
	title: 'Model Inversion Atlas',
	tagline: 'An open, living survey of model inversion attacks and defenses in deep learning',
	/** Scheme and host the site is published at, e.g. `https://model-inversion-atlas.github.io`. */
	origin: address.origin,
	/** Path the site is served under: `/`, or e.g. `/atlas/` for a GitHub project page. */
	base: address.base,
	/** Absolute URL of the home page, with the base path and a trailing slash. */
	url: absoluteUrl(address, '/'),
	repository: 'https://github.com/model-inversion-atlas/atlas',
	/** The survey's edition (version): shown in the footer and carried by every citation. */
	edition: '0.1',
	/** Release date of this edition (YYYY-MM-DD); update it with `edition` and CHANGELOG.md. */
	editionDate: '2026-11-29',
	/** How the survey is credited in citations and metadata: a group, never a person's name. */
	author: 'Model Inversion Atlas contributors',
	license: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** A site path under the base path: `/papers/` -> `/atlas/papers/`. Use for every internal link. */
export const toHref = (path: string): string =>
	path.startsWith('/') ? `${site.base.replace(/\/$/, '')}${path}` : path;

/** The absolute, permanent URL of a site path: `/papers/` -> `https://host/atlas/papers/`. */
export const permanentUrl = (path: string): string =>
	absoluteUrl({ origin: site.origin, base: site.base }, path);
