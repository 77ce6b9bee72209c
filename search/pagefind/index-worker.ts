/**
 * Worker thread: reads the content folder, builds the search documents and prepares the
 * Pagefind bundles, so none of that work waits on (or delays) Astro's rendering thread.
 * Started by `astro-integration.ts`; posts back `PreparedBundles` or throws.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError } from '../../content/core/model/content-error.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { buildSearchDocuments } from '../documents/build-documents.ts';
import { prepareBundles, type PrepareOptions } from './write-bundles.ts';

export interface IndexWorkerInput extends PrepareOptions {
	contentDir: string;
}

const input = workerData as IndexWorkerInput;
const { model, market } = readContent(input.contentDir);
const { termbase, issues } = readTermbase();
if (issues.length) throw new ContentError(issues);
const prepared = await prepareBundles(buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase }), input);
parentPort!.postMessage(prepared);
