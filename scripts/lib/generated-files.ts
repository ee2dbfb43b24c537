import { addPaperForm } from './issue-form.ts';
import { paperEntryJsonSchema } from '../../src/lib/data/json-schema.ts';

/** Repository files generated from the schemas, by path (see scripts/write-schema.ts). */
export function generatedFiles(): Record<string, string> {
	return {
		'content/paper.schema.json': `${JSON.stringify(paperEntryJsonSchema(), null, '\t')}\n`,
		'.github/ISSUE_TEMPLATE/add-paper.yml': addPaperForm(),
	};
}
