import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	conceptHtml,
	conceptParts,
	loadConcepts,
	seeLabel,
} from '../../src/lib/catalog/concepts.ts';
import { formatProblem } from '../../src/lib/validation/catalog.ts';
import { dlg, gmi } from '../fixtures/papers.ts';

const write = (text: string) => {
	const path = join(mkdtempSync(join(tmpdir(), 'atlas-concepts-')), 'concepts.yaml');
	writeFileSync(path, text);
	return path;
};

test('concept text is split into plain runs and author-year citations', () => {
	const papers = new Map([gmi, dlg].map((paper) => [paper.id, paper]));
	expect(conceptParts('Latent search [@zhang2020-gmi; @zhu2019-dlg] helps.', papers)).toEqual([
		{ text: 'Latent search ' },
		{
			cites: [
				{ id: 'zhang2020-gmi', label: 'Zhang et al., 2020' },
				{ id: 'zhu2019-dlg', label: 'Zhu et al., 2019' },
			],
		},
		{ text: ' helps.' },
	]);
});

test('a missing file is an empty list; unknown citations and repeated ids are reported', () => {
	expect(loadConcepts('/nonexistent/concepts.yaml', new Set())).toEqual({
		concepts: [],
		problems: [],
	});
	const path = write(`- id: gan-inversion
  term: GAN inversion
  text: "Searching a generator's latent space for a code whose image fits [@nobody2020-missing]."
- id: gan-inversion
  term: GAN inversion again
  text: "The same id twice is a mistake a contributor could make when copying an item."
`);
	const lines = loadConcepts(path, new Set(['zhang2020-gmi'])).problems.map((problem) =>
		formatProblem(problem).replace(/^.*concepts\.yaml/, 'concepts.yaml'),
	);
	expect(lines).toEqual([
		'concepts.yaml: 0.text: cites "nobody2020-missing", which is not in the catalog (check the key or add content/papers/nobody2020-missing.yaml)',
		'concepts.yaml: 1.id: "gan-inversion" is used twice (give each concept its own id)',
	]);
});

test('schema problems name the item and the field', () => {
	const path = write(`- id: Bad Id
  term: X
  text: short
`);
	const fields = loadConcepts(path, new Set()).problems.map((problem) => problem.field);
	expect(fields).toEqual(['0.id', '0.term', '0.text']);
});

test('concept text renders math as MathML and citations as links', () => {
	const papers = new Map([gmi].map((paper) => [paper.id, paper]));
	const html = conceptHtml('The weight $\\lambda$ balances the prior [@zhang2020-gmi].', papers);
	expect(html).toContain('<math');
	expect(html).toContain('<a href="/papers/zhang2020-gmi/">Zhang et al., 2020</a>');
	expect(html).not.toContain('$');
	expect(() => conceptHtml('Broken $\\frac{1}$ math.', papers)).toThrow(/math in "Broken/);
});

test('"See" links are labelled with the chapter and the section they lead to', () => {
	const chapters = [
		{
			id: 'defenses',
			title: 'Defenses',
			headings: [{ slug: 'dp-bounds', text: 'What DP bounds' }],
		},
	];
	expect(seeLabel('/chapters/defenses/#dp-bounds', chapters)).toBe('Defenses: What DP bounds');
	expect(seeLabel('/chapters/defenses/', chapters)).toBe('Defenses');
	expect(seeLabel('/scope/', chapters)).toBe('/scope/');
});

test('one paragraph of concept text is unwrapped for its <dd>; several stay whole paragraphs', () => {
	const papers = new Map([gmi].map((paper) => [paper.id, paper]));
	expect(conceptHtml('A *short* text.', papers)).toBe('A <em>short</em> text.');
	expect(conceptHtml('One.\n\nTwo.', papers)).toBe('<p>One.</p>\n<p>Two.</p>');
});
