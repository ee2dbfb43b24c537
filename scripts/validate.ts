/**
 * Checks all catalog entries (schema, ids, relationships, duplicates) without building the site.
 * Prints one line per problem, `content/papers/<id>.yaml: <field>: <what is wrong>`, and exits 1 on any.
 */
import { formatProblem, loadCatalog } from '../src/lib/validate.ts';

const started = performance.now();
const { papers, problems } = loadCatalog('content/papers');
for (const problem of problems) console.error(formatProblem(problem));
const elapsed = Math.round(performance.now() - started);
if (problems.length > 0) {
	console.error(
		`\n${problems.length} problem(s) in ${papers.length + problems.length} checks; nothing was built.`,
	);
	process.exit(1);
}
console.log(`${papers.length} papers valid (${elapsed} ms).`);
