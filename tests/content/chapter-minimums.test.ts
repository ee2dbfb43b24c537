/**
 * The survey's size is a promise to readers (issue: ten or more chapters, 30,000 words, 150 cited
 * entries). These floors fail the build's tests if a chapter is cut below its minimum or the whole
 * falls below the promise; raise a floor when a chapter grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chapterStats } from '../../src/lib/chapters/chapter-stats.ts';

const dir = 'content/chapters';
const chapters = readdirSync(dir)
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => ({ id: name.replace(/\.mdx$/, ''), ...chapterStats(readFileSync(`${dir}/${name}`, 'utf8')) }));

/** Minimum words and distinct citations per chapter, a little under their size on 2026-11-30. */
const floors: Record<string, [words: number, citations: number]> = {
	introduction: [3300, 28],
	foundations: [3400, 80],
	taxonomy: [1800, 70],
	attacks: [2400, 60],
	'classifier-inversion': [4400, 75],
	'gradient-and-split': [4300, 120],
	'beyond-images': [3700, 90],
	defenses: [3900, 95],
	evaluation: [4000, 55],
	'practitioners-guide': [2700, 120],
	challenges: [2700, 110],
};

describe('every chapter keeps its minimum content', () => {
	test('each published chapter has a floor, and there are at least ten', () => {
		expect(chapters.map((chapter) => chapter.id).toSorted()).toEqual(Object.keys(floors).toSorted());
		expect(chapters.length).toBeGreaterThanOrEqual(10);
	});

	test.each(chapters)('$id', ({ id, words, citations }) => {
		const [minWords, minCitations] = floors[id] ?? [Infinity, Infinity];
		expect(words, `${id}: words`).toBeGreaterThanOrEqual(minWords);
		expect(citations.size, `${id}: distinct citations`).toBeGreaterThanOrEqual(minCitations);
	});
});

test('the survey as a whole: 30,000 words, 150 distinct entries cited, tables in seven chapters', () => {
	expect(chapters.reduce((sum, chapter) => sum + chapter.words, 0)).toBeGreaterThanOrEqual(30_000);
	const cited = new Set(chapters.flatMap((chapter) => [...chapter.citations]));
	expect(cited.size).toBeGreaterThanOrEqual(150);
	expect(chapters.filter((chapter) => chapter.components > 0).length).toBeGreaterThanOrEqual(7);
});
