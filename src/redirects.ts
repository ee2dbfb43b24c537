/**
 * Every URL the Atlas has published stays valid. When a page moves or a heading id changes, record
 * it here, in one place, never by deleting the old URL:
 *
 * - `redirects`: an old page path -> its new path. Astro builds a redirect page at the old path.
 * - `headingAliases`: per page, an old heading id -> the id that replaced it. The page keeps an
 *   empty anchor with the old id just before the new heading, so old `#links` still land there.
 *
 * tests/build/citable.test.ts ("permanent URLs") checks that every URL and id in
 * tests/published-urls.json still exists or is redirected here, and that every target below
 * exists. `npm run urls` records new URLs after a build.
 */

/** Old page path -> new page path (both with trailing slash). */
export const redirects: Record<string, string> = {};

/** Page path -> { old heading id -> new heading id }. */
export const headingAliases: Record<string, Record<string, string>> = {};
