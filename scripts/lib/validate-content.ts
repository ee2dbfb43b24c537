import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConcepts } from '../../src/lib/catalog/concepts.ts';
import { loadExcluded } from '../../src/lib/catalog/excluded.ts';
import { checkChapters } from '../../src/lib/validation/chapters.ts';
import { loadResults } from '../../src/lib/validation/results.ts';
import { loadCatalog, type Problem } from '../../src/lib/validation/catalog.ts';

/**
 * Everything `npm run validate` and the build check before building: the papers in
 * `<root>/papers`, the excluded-papers list `<root>/excluded.yaml`, the glossary's concepts
 * `<root>/concepts.yaml`, the reported results in `<root>/results` and the chapters in
 * `<root>/chapters`.
 */
export function validateContent(root: string): {
	papers: number;
	chapters: number;
	/** Numbers in the results collection. */
	results: number;
	problems: Problem[];
} {
	const papersDir = join(root, 'papers');
	const chaptersDir = join(root, 'chapters');
	const { papers, problems } = loadCatalog(papersDir);
	// Cite by file: an entry with a schema problem is reported once, not again by every citation.
	const paperIds = new Set(
		readdirSync(papersDir)
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => name.replace(/\.yaml$/, '')),
	);
	const chapterFiles = existsSync(chaptersDir)
		? readdirSync(chaptersDir).filter((name) => name.endsWith('.mdx'))
		: [];
	const chapterProblems = existsSync(chaptersDir) ? checkChapters(chaptersDir, { paperIds }) : [];
	const excluded = loadExcluded(join(root, 'excluded.yaml'), papers);
	const concepts = loadConcepts(join(root, 'concepts.yaml'), paperIds);
	const results = loadResults(join(root, 'results'), papers);
	// A mis-set folder or glob yields an empty site that would still build and deploy.
	const empty: Problem[] = [];
	if (!readdirSync(papersDir).some((name) => /\.ya?ml$/.test(name)))
		empty.push({
			file: relative(process.cwd(), papersDir),
			field: '',
			message:
				'holds no papers (the catalog cannot be empty: check the folder and the *.yaml files)',
		});
	if (existsSync(chaptersDir) && chapterFiles.length === 0)
		empty.push({
			file: relative(process.cwd(), chaptersDir),
			field: '',
			message: 'holds no chapters (the survey needs at least one *.mdx chapter)',
		});
	return {
		papers: papers.length,
		chapters: chapterFiles.length,
		results: results.files.reduce(
			(sum, file) => sum + file.results.reduce((n, row) => n + Object.keys(row.values).length, 0),
			0,
		),
		problems: [
			...empty,
			...problems,
			...excluded.problems,
			...concepts.problems,
			...results.problems,
			...chapterProblems,
		],
	};
}
