import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildInputs } from '../../scripts/lib/project-copy.ts';

/** Source files of the site, recursively. */
const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? sources(join(dir, entry.name))
			: /\.(ts|astro|mjs)$/.test(entry.name)
				? [join(dir, entry.name)]
				: [],
	);

test('copies for builds hold every project file the site reads at build time', () => {
	const read = sources('src').flatMap((file) =>
		[...readFileSync(file, 'utf8').matchAll(/readFileSync\('([^'/]+)'/g)].map((m) => m[1] ?? ''),
	);
	expect(read.length).toBeGreaterThan(0);
	for (const name of read) {
		expect(existsSync(name)).toBe(true);
		expect(buildInputs).toContain(name);
	}
});
