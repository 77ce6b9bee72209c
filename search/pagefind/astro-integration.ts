import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentModel } from '../../content/model/read-content.ts';
import { buildSearchDocuments } from '../documents/build-documents.ts';
import { writePagefindBundles } from './write-bundles.ts';

/** After `astro build`, writes the per-language Pagefind bundles from the content model. */
export function pagefindBundles(): AstroIntegration {
	return {
		name: 'silk-road/pagefind-bundles',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const documents = buildSearchDocuments(readContentModel());
				const reports = await writePagefindBundles(documents, fileURLToPath(dir));
				logger.info(`search bundles: ${reports.map((report) => `${report.lang} ${report.records}`).join(', ')} records`);
			},
		},
	};
}
