import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generatedFiles } from '../../scripts/lib/generated-files.ts';

test.each(Object.entries(generatedFiles()))(
	'%s is up to date (run `npm run schema` after changing a schema or vocabulary)',
	(path, text) => {
		expect(readFileSync(path, 'utf8')).toBe(text);
	},
);
