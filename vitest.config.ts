import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		exclude: ['**/node_modules/**', '.stryker-tmp/**'],
		environment: 'node',
		// Builds dist/ once so the post-build tests check the real site (ATLAS_SKIP_BUILD=1 reuses it).
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
	},
});
