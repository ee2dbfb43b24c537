/**
 * Writes the files generated from the schema that live in the repository: the JSON Schema editors
 * use for catalog entries (content/paper.schema.json) and the "Add a paper" issue form.
 * A test fails when they are out of date; run `npm run schema` after changing a schema or vocabulary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles } from './lib/generated-files.ts';

for (const [path, text] of Object.entries(generatedFiles())) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	console.log(`wrote ${path}`);
}
