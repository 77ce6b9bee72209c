import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { provisionChromium } from './chromium.ts';
import { FIXTURE_CONTENT } from './fixture-content.ts';
import { meilisearchSearchStandin } from './meilisearch-search-standin.ts';
import { serveStatic } from './static-server.ts';

/** Where the suite's build of the fixture site goes. */
export const DIST = resolve('test/.output/dist');
/** The same site built for Meilisearch (search-only key), against a stand-in search endpoint. */
export const DIST_MEILISEARCH = resolve('test/.output/dist-meilisearch');
/**
 * The Meilisearch build's timeout: longer than the default 800 ms because a loaded CI machine
 * (two test files, Chromium, builds) can delay the stand-in's first answer past it; the stand-in's
 * deliberately slow answer takes longer still (meilisearch-search-standin.ts).
 */
export const STANDIN_TIMEOUT_MS = 2500;
/** Set while the Meilisearch build runs: the test proves it appears nowhere in that build. */
export const ADMIN_KEY = 'sre-test-admin-key-never-published';

/**
 * Builds the fixture site (test/fixtures/content/, not the sample content staff edit) once for the whole suite, serves it on 127.0.0.1 for the browser
 * tests, and finds (or installs) Chromium. `SRE_TEST_REUSE_DIST=1` reuses an earlier build.
 */
export default async function setup(project: TestProject) {
	if (!(process.env.SRE_TEST_REUSE_DIST && existsSync(resolve(DIST, 'index.html')))) {
		const started = Date.now();
		// Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, NODE_ENV: 'production', SRE_CONTENT_DIR: FIXTURE_CONTENT },
		});
		console.log(`built the fixture site into ${DIST} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	// The Meilisearch build bakes in the stand-in's address, so it is rebuilt on every run.
	const standin = await meilisearchSearchStandin();
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST_MEILISEARCH], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production', SRE_CONTENT_DIR: FIXTURE_CONTENT, PUBLIC_MEILISEARCH_URL: standin.url, PUBLIC_MEILISEARCH_SEARCH_KEY: 'sre-test-search-key', MEILISEARCH_ADMIN_KEY: ADMIN_KEY, PUBLIC_MEILISEARCH_TIMEOUT_MS: String(STANDIN_TIMEOUT_MS) },
	});
	project.provide('distDir', DIST);
	project.provide('meilisearchDistDir', DIST_MEILISEARCH);
	project.provide('chromiumPath', provisionChromium());
	const { server, origin } = await serveStatic(DIST);
	project.provide('origin', origin);
	return () => new Promise<void>((done) => standin.server.close(() => server.close(() => done())));
}

declare module 'vitest' {
	export interface ProvidedContext {
		distDir: string;
		/** The fixture site built with PUBLIC_MEILISEARCH_URL pointing at the stand-in. */
		meilisearchDistDir: string;
		chromiumPath: string;
		/** The built site served like a static host, e.g. http://127.0.0.1:41234 */
		origin: string;
	}
}
