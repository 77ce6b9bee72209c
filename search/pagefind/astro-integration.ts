import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentModel } from '../../content/model/build-model.ts';
import { buildSearchDocuments } from '../documents/build-documents.ts';
import { prepareBundles, type PreparedBundles } from './write-bundles.ts';

/**
 * Builds the per-language Pagefind bundles from the content model: indexing starts when the
 * build starts (in Pagefind's process, alongside Astro's rendering), the bundles are written
 * into the output when the build is done.
 */
export function pagefindBundles(options: { model: () => ContentModel }): AstroIntegration {
	let prepared: Promise<PreparedBundles> | undefined;
	let started = 0;
	return {
		name: 'silk-road/pagefind-bundles',
		hooks: {
			'astro:build:start': () => {
				started = performance.now();
				prepared = prepareBundles(buildSearchDocuments(options.model()));
				// Reported when awaited in build:done; this keeps an early failure from being unhandled.
				prepared.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const reports = await (await (prepared ?? prepareBundles(buildSearchDocuments(options.model())))).write(fileURLToPath(dir));
				const records = reports.map((report) => `${report.lang} ${report.records}`).join(', ');
				logger.info(`search bundles written (${records} records), ${((performance.now() - started) / 1000).toFixed(1)} s after the build started`);
			},
		},
	};
}
