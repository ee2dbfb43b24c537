import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of src/lib (`npm run mutation`): the fast unit and
 * content tests only. No global setup, so no site is built; the build and browser tests need
 * dist/ and a browser, and the malformed corpus's builds (25+ of them) are skipped through
 * ATLAS_MUTATION, as their in-process `validate` half already exercises the same checks.
 */
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
		exclude: ['**/node_modules/**', '.stryker-tmp/**'],
		environment: 'node',
		env: { ATLAS_MUTATION: '1' },
		testTimeout: 60_000,
	},
});
