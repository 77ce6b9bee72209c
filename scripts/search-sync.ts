/**
 * Builds the Meilisearch index from the content and swaps it in atomically (search/meilisearch/).
 * Usage: MEILISEARCH_URL=… MEILISEARCH_ADMIN_KEY=… npm run search:sync [-- --index offers] [--dry-run] [--create-search-key]
 *   --dry-run            print what would be sent, without a server
 *   --create-search-key  also create a search-only key scoped to the index and print it
 * Any failure stops with a message and leaves the live index as it was.
 */
import { Meilisearch } from 'meilisearch';
import { ContentError } from '../content/core/model/content-error.ts';
import { readContent } from '../content/core/read/read-content.ts';
import { readTermbase } from '../content/core/termbase/read-termbase.ts';
import { buildSearchDocuments } from '../search/documents/build-documents.ts';
import { toIndexDocuments } from '../search/meilisearch/index-documents.ts';
import { indexSettings } from '../search/meilisearch/index-settings.ts';
import { SyncError, syncIndex } from '../search/meilisearch/sync-index.ts';

const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const index = argument('--index') ?? process.env.MEILISEARCH_INDEX ?? 'offers';

try {
	const { model, market } = readContent();
	const { termbase, issues } = readTermbase();
	if (issues.length) throw new ContentError(issues);
	const documents = toIndexDocuments(buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase }));
	const settings = indexSettings(termbase, { semantic: process.argv.includes('--semantic') });
	if (process.argv.includes('--dry-run')) {
		console.log(`would build index "${index}_<time>" and swap it with "${index}":`);
		console.log(`  settings: ${(JSON.stringify(settings).length / 1024).toFixed(0)} KB (${Object.keys(settings.synonyms ?? {}).length} synonym entries), filterable: ${settings.filterableAttributes?.join(', ')}`);
		console.log(`  documents: ${documents.length} in ${Math.ceil(documents.length / 1000)} batch(es); first: ${JSON.stringify(documents[0]).slice(0, 300)}…`);
		process.exit(0);
	}
	const host = process.env.MEILISEARCH_URL;
	const apiKey = process.env.MEILISEARCH_ADMIN_KEY;
	if (!host || !apiKey) throw new SyncError('set MEILISEARCH_URL and MEILISEARCH_ADMIN_KEY (an admin key, never the one the site uses), or use --dry-run');
	const client = new Meilisearch({ host, apiKey });
	await syncIndex({ client, index, documents, settings, log: (message) => console.log(message) });
	if (process.argv.includes('--create-search-key')) {
		const key = await client.createKey({ name: `${index} search (site)`, description: 'Search-only key for the portal, scoped to one index', actions: ['search'], indexes: [index], expiresAt: null });
		console.log(`search-only key for "${index}" (set it as PUBLIC_MEILISEARCH_SEARCH_KEY): ${key.key}`);
	}
} catch (error) {
	if (!(error instanceof ContentError || error instanceof SyncError)) throw error;
	console.error(`search:sync: ${error.message}`);
	process.exitCode = 1;
}
