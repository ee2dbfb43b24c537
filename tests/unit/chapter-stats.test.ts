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
