import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { validateContent } from '../../scripts/lib/validate-content.ts';
import { formatProblem, loadCatalog } from '../../src/lib/validation/catalog.ts';
import { findCitations } from '../../src/lib/citation/pandoc-citations.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';

// These tests read content/ directly rather than through getCollection(), which returns []
// under vitest (withastro/astro#12836) and would let every loop pass without checking anything.
const catalog = loadCatalog('content/papers');
const chapterFiles = readdirSync('content/chapters').filter((name) => name.endsWith('.mdx'));

describe('the catalog', () => {
	test('has at least 80 entries and no problems', () => {
		expect(catalog.papers.length).toBeGreaterThanOrEqual(80);
		expect(catalog.problems.map(formatProblem)).toEqual([]);
	});

	test('passes everything `npm run validate` checks, chapters included', () => {
		const result = validateContent('content');
		expect(result.chapters).toBeGreaterThan(0);
		expect(result.problems.map(formatProblem)).toEqual([]);
	});

	test('an entry without an identifier readers can follow is rejected, naming the fields', () => {
		// The schema makes a loaded entry without one impossible, so test the schema itself.
		const [first] = catalog.papers;
		expect(first).toBeDefined();
		const rest: Record<string, unknown> = { ...first };
		for (const field of ['id', 'arxiv', 'doi', 'url']) delete rest[field];
		const result = paperSchema.safeParse(rest);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(
			'needs at least one of arxiv, doi or url',
		);
		expect(paperSchema.safeParse({ ...rest, url: 'https://example.org/paper' }).success).toBe(true);
	});
});

describe('the chapters', () => {
	test('exist, including the introduction', () => {
		expect(chapterFiles).toContain('introduction.mdx');
	});

	test.each(chapterFiles)('%s has valid frontmatter and cites only catalog entries', (name) => {
		const text = readFileSync(`content/chapters/${name}`, 'utf8');
		const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
		expect(chapterSchema.safeParse(parseYaml(frontmatter)).success).toBe(true);
		const keys = findCitations(body).flatMap((match) => match.items.map((item) => item.key));
		expect(keys.length).toBeGreaterThan(0);
		const ids = new Set(catalog.papers.map((paper) => paper.id));
		expect(keys.filter((key) => !ids.has(key))).toEqual([]);
	});
});
