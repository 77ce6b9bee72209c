import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['test/**/*.test.ts'],
		globalSetup: ['test/support/global-setup.ts'],
		environment: 'node',
		// The suite asserts English messages; on a Chinese-locale machine the scripts and builds it starts would speak Chinese.
		env: { LC_ALL: 'C.UTF-8' },
		testTimeout: 30_000,
		hookTimeout: 180_000,
		// Browser tests share one static server and one Chromium per file; two cores here.
		maxWorkers: 2,
	},
});
