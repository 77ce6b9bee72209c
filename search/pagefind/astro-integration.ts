import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../../content/core/model/content-error.ts';
import type { Content } from '../../content/core/read/read-content.ts';
import type { IndexWorkerContent, IndexWorkerInput } from './index-worker.ts';
import { publishBundles, type PreparedBundles } from './write-bundles.ts';

/**
 * Builds the per-language Pagefind bundles from the content, as two integrations that share one
 * worker. `indexing`, listed first: as soon as a build is configured, a worker thread starts; it
 * receives the build's one read of the content (`content`, which the content check and the
 * collections then share), builds the search documents and drives Pagefind's own process, alongside
 * Astro's work on the main thread; a language whose documents did not change since the last build
 * reuses its bundle from Astro's cache folder (`SRE_SEARCH_CACHE=off` indexes every language
 * regardless). The content itself is validated by the content-check integration, listed after
 * `indexing` so that indexing starts first; a failed check ends the build without waiting for the
 * worker. `publishing`, listed last: Astro runs the integrations' build:done hooks one after the
 * other, so waiting for the worker there lets the others (writing 16,000 templated pages) run first.
 */
export function pagefindBundles(content: () => Content): { indexing: AstroIntegration; publishing: AstroIntegration } {
	let prepared: Promise<PreparedBundles> | undefined;
	let worker: Worker | undefined;
	let started = 0;
	const indexing: AstroIntegration = {
		name: 'silk-road/pagefind-indexing',
		hooks: {
			// The earliest point of a build: indexing then overlaps content sync, bundling and rendering.
			'astro:config:setup': async ({ command, config }) => {
				if (command !== 'build') return;
				started = performance.now();
				worker = new Worker(new URL('./index-worker.ts', import.meta.url), {
					workerData: { cacheDir: fileURLToPath(config.cacheDir), reuse: process.env.SRE_SEARCH_CACHE !== 'off' } satisfies IndexWorkerInput,
				});
				// Until build:done waits for it, the worker must not keep a failed build's process alive.
				worker.unref();
				prepared = resultOf(worker);
				// Reported when awaited in build:done; this keeps an early failure from being unhandled.
				prepared.catch(() => undefined);
				// Read while the worker loads its modules (it starts only once this thread's event loop runs);
				// a structured copy costs a tenth of what a second read would. A worker that fails to start
				// never comes online: its failure is reported where build:done awaits the result.
				const running = worker;
				await new Promise<void>((resolve) => {
					running.once('online', resolve);
					running.once('exit', () => resolve());
					running.once('error', () => resolve());
				});
				let read: Content;
				try {
					read = content();
				} catch (error) {
					// The content check, listed next, reports what is wrong and ends the build.
					if (!(error instanceof ContentError)) throw error;
					void worker.terminate();
					return;
				}
				worker.postMessage({ model: read.model, market: read.market } satisfies IndexWorkerContent);
			},
		},
	};
	const publishing: AstroIntegration = {
		name: 'silk-road/pagefind-bundles',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (!prepared) throw new Error('silk-road/pagefind-bundles: the build finished but indexing never started (astro:config:setup did not run for a build)');
				worker?.ref();
				const reports = publishBundles(await prepared, fileURLToPath(dir));
				const records = reports.map((report) => `${report.lang} ${report.records}${report.cached ? ' unchanged, reused' : ''}`).join('; ');
				logger.info(`search bundles written (records: ${records}), ${((performance.now() - started) / 1000).toFixed(1)} s after the build started`);
			},
		},
	};
	return { indexing, publishing };
}

function resultOf(worker: Worker): Promise<PreparedBundles> {
	return new Promise((resolve, reject) => {
		let result: PreparedBundles | undefined;
		worker.once('message', (message: PreparedBundles) => (result = message));
		worker.once('error', (error) => reject(new Error(`building the search bundles failed: ${error.message}`, { cause: error })));
		worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the search-bundle worker stopped (exit code ${code}) without a result`))));
	});
}
