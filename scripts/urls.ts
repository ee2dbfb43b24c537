/**
 * Records newly published pages and heading ids in tests/published-urls.json (never removes any).
 * Run after `npm run build` when you add a page or a citable heading: `npm run urls`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { updateManifest, type UrlManifest } from './lib/permalinks.ts';
import { builtPages, manifestPath } from './lib/built-pages.ts';

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as UrlManifest;
const { manifest: next, added } = updateManifest(manifest, builtPages('dist'));
writeFileSync(manifestPath, `${JSON.stringify(next, null, '\t')}\n`);
console.log(
	added.length === 0 ? 'No new URLs.' : `Recorded ${added.length} new URL(s):\n${added.join('\n')}`,
);
