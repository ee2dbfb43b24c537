/**
 * Checks all content without building the site: every paper (schema, ids, relationships,
 * duplicates) and every chapter (frontmatter, citation keys, allowed MDX). Prints one line per
 * problem, `content/papers/<id>.yaml: <field>: <what is wrong> (<how to fix>)`, and exits 1 on any.
 * Usage: node scripts/validate.ts [content-folder]
 */
import { validateContent } from './lib/validate-content.ts';
import { formatProblem } from '../src/lib/validation/catalog.ts';

const root = process.argv[2] ?? 'content';
const started = performance.now();
const { papers, chapters, results, problems } = validateContent(root);
const elapsed = Math.round(performance.now() - started);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
	console.error(
		`\n${problems.length} problem(s) found in ${root}/ (${elapsed} ms); nothing was built.`,
	);
	process.exit(1);
}
console.log(
	`${papers} papers, ${chapters} chapters and ${results} reported numbers valid (${elapsed} ms).`,
);
