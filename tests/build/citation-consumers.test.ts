/**
 * The BibTeX the site publishes, run through the consumers researchers use: classic `bibtex` with
 * plain and ieeetr, `biber --tool --validate-datamodel`, and `pandoc --citeproc` with its built-in
 * Chicago style and two CSL styles kept in tests/fixtures/csl/. Covers dist/data/papers.bib,
 * every "Cite" block of every chapter and dist/data/atlas.bib. Fails on any warning, any acronym a style lowercased, any
 * URL lost or printed twice.
 *
 * The tools come from Debian (`.ci/run` installs them). Locally a missing tool skips these tests;
 * with ATLAS_REQUIRE_BROWSER=1 or CI set, it fails them.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, test } from 'vitest';
import { dist, htmlPages } from '../support/dist.ts';

const tools = ['bibtex', 'biber', 'pandoc'] as const;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = tools.filter((tool) => !has(tool));
const required = process.env['ATLAS_REQUIRE_BROWSER'] === '1' || Boolean(process.env['CI']);
if (missing.length > 0 && required)
	throw new Error(
		`${missing.join(', ')} missing: apt-get install -y texlive-binaries texlive-base biber pandoc (see .ci/run)`,
	);

const work = mkdtempSync(join(tmpdir(), 'atlas-bib-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The BibTeX text of every "Cite" block (sections and whole chapters) of every chapter page. */
function citeBlocks(): string[] {
	const blocks: string[] = [];
	for (const page of htmlPages().filter((path) => /^chapters\/[^/]+\/index\.html$/.test(path))) {
		const tree = unified()
			.use(rehypeParse)
			.parse(readFileSync(join(dist, page), 'utf8'));
		visit(tree, 'element', (node: Element) => {
			const classes = node.properties['className'];
			if (
				node.tagName !== 'details' ||
				!Array.isArray(classes) ||
				!classes.includes('cite-section')
			)
				return;
			visit(node, 'element', (inner: Element) => {
				if (inner.tagName === 'code') blocks.push(toString(inner));
			});
		});
	}
	return blocks;
}

const papersBib = readFileSync(join(dist, 'data/papers.bib'), 'utf8');
const sectionsBib = citeBlocks().join('\n\n');
const bibFiles = {
	papers: papersBib,
	sections: sectionsBib,
	survey: readFileSync(join(dist, 'data/atlas.bib'), 'utf8'),
};

/**
 * What each entry must show: its URL (once) and the acronyms of its title, found in the title's
 * text (braces removed) so that an entry that forgot to protect one is still checked.
 */
function expectations(text: string) {
	const library = parseBibtex(text, { sentenceCase: false, raw: true });
	const plain = parseBibtex(text, { sentenceCase: false });
	expect(library.errors).toEqual([]);
	const titles = new Map(plain.entries.map((entry) => [entry.key, String(entry.fields['title'])]));
	return library.entries.map((entry) => {
		const fields = entry.fields as Record<string, string>;
		const url =
			fields['url'] ?? /\\url\{([^}]*)\}/.exec(fields['howpublished'] ?? '')?.[1] ?? undefined;
		const title = (titles.get(entry.key) ?? '').replace(/<[^>]*>/g, '');
		const acronyms = title
			.split(/[\s:,;?!()"\u2013\u2014-]+/)
			.filter((word) => /^[\p{L}\p{N}]*$/u.test(word) && /^.+\p{Lu}/u.test(word));
		return { key: entry.key, url, doi: fields['doi'], acronyms };
	});
}

/** How often `url` is printed as a whole (not as the start of a longer URL). */
const printed = (output: string, url: string): number =>
	output.match(new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s.,;)\\]]|$)`, 'g'))
		?.length ?? 0;

const run = (command: string, args: string[], cwd = work) => {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
};

describe.skipIf(missing.length > 0)('real citation consumers', () => {
	test('there is something to check', () => {
		expect(expectations(papersBib).length).toBeGreaterThan(80);
		expect(expectations(sectionsBib).length).toBeGreaterThan(50);
		expect(expectations(bibFiles.survey).length).toBe(expectations(sectionsBib).length + 1);
	});

	describe.each(Object.entries(bibFiles))('%s', (name, text) => {
		const entries = expectations(text);
		const bib = join(work, `${name}.bib`);
		writeFileSync(bib, text);

		test.each(['plain', 'ieeetr'])(
			'classic bibtex (%s): no warning, acronyms kept, every URL or arXiv id printed',
			(style) => {
				const job = `${name}-${style}`;
				writeFileSync(
					join(work, `${job}.aux`),
					`\\relax\n\\citation{*}\n\\bibstyle{${style}}\n\\bibdata{${name}}\n`,
				);
				const { status } = run('bibtex', ['-terse', job]);
				const log = readFileSync(join(work, `${job}.blg`), 'utf8');
				expect(log.match(/^Warning--.*$/gm) ?? [], log).toEqual([]);
				expect(status, log).toBe(0);
				const bbl = readFileSync(join(work, `${job}.bbl`), 'utf8').replace(/\s+/g, ' ');
				for (const { key, acronyms } of entries)
					for (const acronym of acronyms) expect(bbl, `${key}: ${acronym}`).toContain(acronym);
				// Classic styles print howpublished, not url: section URLs must be in the output.
				if (name !== 'papers')
					for (const { key, url } of entries)
						expect(bbl, `${key}: ${url}`).toContain(`\\url{${url}}`);
			},
		);

		test('biber --validate-datamodel: no warning', () => {
			const { status, output } = run('biber', [
				'--tool',
				'--validate-datamodel',
				`--output-file=${name}-biber.bib`,
				bib,
			]);
			expect(status, output).toBe(0);
			expect(output.match(/^WARN .*$/gm) ?? [], output).toEqual([]);
			expect(output.match(/^ERROR .*$/gm) ?? [], output).toEqual([]);
		});

		test.each([
			['chicago (pandoc default)', []],
			['apa', ['--csl', resolve('tests/fixtures/csl/apa.csl')]],
			['ieee', ['--csl', resolve('tests/fixtures/csl/ieee.csl')]],
		])('pandoc --citeproc %s: no warning, every URL exactly once, acronyms kept', (_, csl) => {
			const doc = join(work, `${name}.md`);
			writeFileSync(doc, '---\nnocite: "@*"\n---\n');
			const { status, output } = run('pandoc', [
				doc,
				'--citeproc',
				`--bibliography=${bib}`,
				...csl,
				'-t',
				'plain',
				'--wrap=none',
				'--verbose',
			]);
			expect(status, output).toBe(0);
			expect(output.match(/^\[WARNING\].*$/gm) ?? [], output).toEqual([]);
			const sharing = new Map<string, number>();
			for (const { url } of entries) if (url) sharing.set(url, (sharing.get(url) ?? 0) + 1);
			for (const { key, url, doi, acronyms } of entries) {
				// CSL styles link a DOI instead of the URL when there is one; never both, never twice.
				const doiLink = doi ? printed(output, doi) : 0;
				const urlLink = url ? printed(output, url) : 0;
				if (doiLink > 0) expect([doiLink, urlLink], key).toEqual([1, 0]);
				else if (url) expect(urlLink, `${key}: ${url}`).toBe(sharing.get(url));
				// pandoc 2.17 title-cases a braced word that holds a digit ({E2EGI} -> "E2egi"), a bug of
				// its own that no BibTeX markup avoids; those words are checked by the other consumers.
				for (const acronym of acronyms.filter((word) => !/\d/.test(word)))
					expect(output, `${key}: ${acronym}`).toContain(acronym);
			}
		});
	});
});
