import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Where the suite's single build of the sample site goes. */
export const DIST = resolve('test/.output/dist');

/**
 * Builds the sample site once for the whole suite (the built-output and browser tests read it).
 * `SRE_TEST_REUSE_DIST=1` skips the build when a previous one exists, for quick local runs.
 */
export default function setup(project: TestProject) {
	if (!(process.env.SRE_TEST_REUSE_DIST && existsSync(resolve(DIST, 'index.html')))) {
		const started = Date.now();
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST], { stdio: ['ignore', 'ignore', 'inherit'] });
		console.log(`built the sample site into ${DIST} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	project.provide('distDir', DIST);
}

declare module 'vitest' {
	export interface ProvidedContext {
		distDir: string;
	}
}
