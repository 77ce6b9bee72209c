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
import { conceptCacheFile, openConceptCache } from '../documents/concept-cache.ts';
import { prepareBundles, type PrepareOptions } from './write-bundles.ts';

export interface IndexWorkerInput extends PrepareOptions {
	contentDir: string;
}

const input = workerData as IndexWorkerInput;
const { model, market } = readContent(input.contentDir);
const { termbase, issues } = readTermbase();
if (issues.length) throw new ContentError(issues);
// Texts unchanged since the last build keep the concepts found in them then (SRE_SEARCH_CACHE=off: all matched again).
const conceptCache = input.reuse === false ? undefined : openConceptCache(conceptCacheFile(input.cacheDir), termbase);
const documents = buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase, ...(conceptCache ? { conceptCache } : {}) });
const prepared = await prepareBundles(documents, input);
// Saved once the bundles are written: a build that failed before then leaves the earlier cache.
conceptCache?.save();
parentPort!.postMessage(prepared);
