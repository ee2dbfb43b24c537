import { expect, test } from 'vitest';
import { chapterStats } from '../../src/lib/chapters/chapter-stats.ts';

test('counts prose words and cited entries, not math, markup or citation keys', () => {
	const stats = chapterStats(`---
title: T
---

Inversion recovers data [@zhang2020-gmi; @zhu2019-dlg]. The loss $\\ell(f(x), y)$ is small.

$$
\\min_x \\ell(f(x), y)
$$

<AttackTable family="generative" />

See also [see @zhang2020-gmi, Table 2].
`);
	// "Inversion recovers data", "The loss", "is small", "See also": the citation text is not prose.
	expect(stats.words).toBe(9);
	expect([...stats.citations].toSorted()).toEqual(['zhang2020-gmi', 'zhu2019-dlg']);
	expect(stats.components).toBe(1);
});

test('math and markup between words separate them; a chapter without components has none', () => {
	const stats = chapterStats(
		'---\ntitle: T\n---\nalpha$x$beta gamma$$y$$delta epsilon<br/>zeta one[@a2020-b]two',
	);
	expect(stats.words).toBe(8);
	expect(stats.components).toBe(0);
});

test('only the opening frontmatter is left out, with or without a line after it', () => {
	expect(chapterStats('---\ntitle: Two words\n---').words).toBe(0);
	expect(chapterStats('Intro text.\n\n---\n\nMore text here.\n\n---\n').words).toBe(5);
});
