import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/core/read/read-content.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import { toIndexDocuments } from '../../search/meilisearch/index-documents.ts';
import { indexSettings, searchRequest } from '../../search/meilisearch/index-settings.ts';
import { syncIndex } from '../../search/meilisearch/sync-index.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const url = process.env.MEILISEARCH_URL;
if (!url) {
	console.warn('\n*** SKIPPED: the real-server Meilisearch suite needs MEILISEARCH_URL (and MEILISEARCH_ADMIN_KEY); see the README. Only the wire contract was tested. ***\n');
}

describe.skipIf(!url)('Meilisearch, real server (MEILISEARCH_URL)', () => {
	const index = `sre_test_${process.pid}`;

	it('syncs the fixture content twice to the same result, and finds Chinese-only offers from other languages', async () => {
		const client = new Meilisearch({ host: url!, apiKey: process.env.MEILISEARCH_ADMIN_KEY ?? 'masterKey' });
		const { model, market } = readContent(FIXTURE_CONTENT);
		const { termbase } = readTermbase();
		const documents = toIndexDocuments(buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase }));
		await syncIndex({ client, index, documents, settings: indexSettings(termbase), timeout: 120_000 });
		await syncIndex({ client, index, documents, settings: indexSettings(termbase), timeout: 120_000 });
		expect((await client.index(index).getStats()).numberOfDocuments).toBe(documents.length);
		for (const [query, locale] of [['seawater desalination', 'en'], ['avsalting', 'nb'], ['опреснение морской воды', 'ru']] as const) {
			const found = await client.index(index).search(query, searchRequest(query, locale, {}));
			expect(found.hits.map((hit) => hit.itemId), `${locale} ${query}`).toContain('fx-0002');
		}
		await client.deleteIndex(index).waitTask();
	}, 300_000);
});
