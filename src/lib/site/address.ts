/**
 * Where the site is published: its origin and the base path it is served under. Both come from
 * the environment at build time, so a fork that publishes somewhere else gets correct permanent
 * URLs without code changes:
 *
 * - `ATLAS_SITE`: the address of the site, e.g. `https://model-inversion-atlas.github.io` or, with
 *   the base path included, `https://me.github.io/atlas/`;
 * - `ATLAS_BASE`: the path the site is served under, e.g. `/atlas/`; defaults to the path of
 *   `ATLAS_SITE`, so `/` when that has none.
 *
 * Pure functions, no `process` access: `src/site.ts` reads the environment once.
 */

/** The project's own address, used when `ATLAS_SITE` is not set (see the README). */
export const defaultSite = 'https://model-inversion-atlas.github.io';

/**
 * Where the deploy workflow publishes this repository (model-inversion-atlas/atlas, a GitHub
 * project page): the address CITATION.cff gives. Local builds default to the root instead.
 */
export const projectAddress = { origin: defaultSite, base: '/atlas/' } as const;

export interface SiteAddress {
	/** Scheme and host, no trailing slash: `https://model-inversion-atlas.github.io`. */
	origin: string;
	/** Path the site is served under, with leading and trailing slash: `/` or `/atlas/`. */
	base: string;
}

/** `atlas`, `/atlas`, `atlas/` and `/atlas/` all mean `/atlas/`; empty means `/`. */
export function normalizeBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The address from `ATLAS_SITE` and `ATLAS_BASE`; throws with a readable message when malformed. */
export function readAddress(env: {
	ATLAS_SITE?: string | undefined;
	ATLAS_BASE?: string | undefined;
}): SiteAddress {
	const siteText = env.ATLAS_SITE?.trim() || defaultSite;
	let url: URL;
	try {
		url = new URL(siteText);
	} catch {
		throw new Error(
			`ATLAS_SITE must be an absolute URL such as https://me.github.io/atlas/, not "${siteText}"`,
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`ATLAS_SITE must be an http(s) URL, not "${siteText}"`);
	const base = normalizeBase(env.ATLAS_BASE?.trim() || url.pathname);
	return { origin: url.origin, base };
}

/** A site path (`/papers/`) under the base path (`/atlas/papers/`). Hash-only links pass through. */
export function withBase(base: string, path: string): string {
	if (!path.startsWith('/')) return path;
	return `${base.replace(/\/$/, '')}${path}`;
}

/** The absolute URL of a site path: `https://host/atlas/papers/`. */
export const absoluteUrl = (address: SiteAddress, path: string): string =>
	new URL(withBase(address.base, path), address.origin).href;

/** The site path of a served pathname, or undefined when it lies outside the base path. */
export function stripBase(base: string, pathname: string): string | undefined {
	if (base === '/') return pathname;
	const prefix = base.replace(/\/$/, '');
	if (pathname === prefix) return '/';
	return pathname.startsWith(base) ? pathname.slice(prefix.length) : undefined;
}
