/**
 * Worker thread: builds the search documents and prepares the Pagefind bundles, so none of that
 * work waits on (or delays) Astro's rendering thread. Started by `astro-integration.ts` before the
 * content is read; receives the build's one read of it (IndexWorkerContent) as its first message,
 * and posts back `PreparedBundles` or throws.
 */
import { setImmediate } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { ContentError } from '../../content/core/model/content-error.ts';
import type { Content } from '../../content/core/read/read-content.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { stageSearchDocuments } from '../documents/build-documents.ts';
import { conceptCacheFile, openConceptCache } from '../documents/concept-cache.ts';
import type { SearchDocument } from '../documents/search-document.ts';
import { openBundles, type PrepareOptions } from './write-bundles.ts';

export type IndexWorkerInput = PrepareOptions;

/** What the worker indexes: the model and market of the read the pages and the content check use. */
export type IndexWorkerContent = Pick<Content, 'model' | 'market'>;

/** The longest this thread computes without letting its event loop hand Pagefind's process more records. */
const FEED_INTERVAL_MS = 15;

/** Calls `each` on every item, letting the event loop run at least every FEED_INTERVAL_MS. */
async function eachPaced<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
	let paused = performance.now();
	for (const item of items) {
		each(item);
		if (performance.now() - paused > FEED_INTERVAL_MS) {
			await setImmediate();
			paused = performance.now();
		}
	}
}

const input = workerData as IndexWorkerInput;
// The main thread reads the content meanwhile (this thread loads its modules) and sends it: one read per build.
const { model, market } = await new Promise<IndexWorkerContent>((resolve) => parentPort!.once('message', resolve));
const staged = stageSearchDocuments(model, { fallbackLocales: market.fallbackLocales });
// Pagefind indexes the real translations in its own process while this thread makes them (where no
// cached bundle may fit: a first build) and then matches the termbase's concepts.
const feed = openBundles(input);
await eachPaced(staged.stage(), (itemDocuments) => feed.add(itemDocuments));
const bundles = feed.start(staged.translations);
const { termbase, issues } = readTermbase();
if (issues.length) throw new ContentError(issues);
// Texts unchanged since the last build keep the concepts found in them then (SRE_SEARCH_CACHE=off: all matched again).
const conceptCache = input.reuse === false ? undefined : openConceptCache(conceptCacheFile(input.cacheDir), termbase);
const documents: SearchDocument[] = [];
// Pagefind's records carry no equivalents of translated texts: concepts are found only where an item lacks a language.
await eachPaced(staged.complete({ termbase, allTerms: false, ...(conceptCache ? { conceptCache } : {}) }), (itemDocuments) => documents.push(...itemDocuments));
const prepared = await bundles.finish(documents);
// Saved once the bundles are written: a build that failed before then leaves the earlier cache.
conceptCache?.save();
parentPort!.postMessage(prepared);
