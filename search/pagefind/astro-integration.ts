import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentModel } from '../../content/model/build-model.ts';
import { buildSearchDocuments } from '../documents/build-documents.ts';
import { prepareBundles, type PreparedBundles } from './write-bundles.ts';

/**
 * Builds the per-language Pagefind bundles from the content model: indexing starts as soon as a
 * build is configured (in Pagefind's own process, alongside Astro's work) and written to a
 * staging folder; the bundles are copied into the output when the build is done.
 */
export function pagefindBundles(options: { model: () => ContentModel }): AstroIntegration {
	let prepared: Promise<PreparedBundles> | undefined;
	let started = 0;
	return {
		name: 'silk-road/pagefind-bundles',
		hooks: {
			// The earliest point of a build: indexing then overlaps content sync, bundling and rendering.
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				started = performance.now();
				prepared = prepareBundles(buildSearchDocuments(options.model()));
				// Reported when awaited in build:done; this keeps an early failure from being unhandled.
				prepared.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const reports = (await (prepared ?? prepareBundles(buildSearchDocuments(options.model())))).publish(fileURLToPath(dir));
				const records = reports.map((report) => `${report.lang} ${report.records}`).join(', ');
				logger.info(`search bundles written (${records} records), ${((performance.now() - started) / 1000).toFixed(1)} s after the build started`);
			},
		},
	};
}
