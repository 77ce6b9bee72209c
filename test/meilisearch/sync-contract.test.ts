import { Meilisearch } from 'meilisearch';
import { afterEach, describe, expect, it } from 'vitest';
import { publicationDay, publicationOf } from '../../content/core/model/publication.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import { FACETS } from '../../search/documents/facets.ts';
import { toIndexDocuments } from '../../search/meilisearch/index-documents.ts';
import { indexSettings, searchRequest } from '../../search/meilisearch/index-settings.ts';
import { SyncError, syncIndex } from '../../search/meilisearch/sync-index.ts';
import { fakeMeilisearch, type FakeMeilisearch } from '../support/fake-meilisearch.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// No Meilisearch server can be installed here: these tests check the requests the official client
// sends (the wire contract) against a stand-in that answers with Meilisearch's documented shapes.
const { model, market } = readContent(FIXTURE_CONTENT);
const { termbase } = readTermbase();
const documents = toIndexDocuments(buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase }));
const settings = indexSettings(termbase);
let server: FakeMeilisearch | undefined;
afterEach(async () => server?.close());

const run = (url: string, extra: Partial<Parameters<typeof syncIndex>[0]> = {}) =>
	syncIndex({ client: new Meilisearch({ host: url, apiKey: 'admin-key' }), index: 'offers', documents, settings, suffix: 'next', batchSize: 4, timeout: 2000, ...extra });
const writes = (requests: FakeMeilisearch['requests']) => requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path.split('?')[0]}`);

describe('index documents and settings', () => {
	it('make one document per item, with each language’s words in its own fields and the termbase equivalents where it has none', () => {
		// Drafts, archived and expired offers are not indexed (fx-0008, fx-0010, fx-0009).
		const searchable = [...model.achievements, ...model.cases].filter((item) => publicationOf(item, publicationDay()) === 'published');
		expect(documents).toHaveLength(searchable.length);
		expect(documents.map((document) => document.itemId)).not.toContain('fx-0010');
		const zhOnly = documents.find((document) => document.id === 'achievement-fx-0002')!;
		expect(zhOnly.languages).toEqual(['zh']);
		expect(zhOnly.title_zh).toBe(model.achievements.find((item) => item.id === 'fx-0002')!.texts.zh!.data.title);
		expect(zhOnly.title_ru).toBeUndefined();
		expect(zhOnly.terms_ru).toContain(termbase.byId.get('seawater-desalination')!.ru.term);
		expect(zhOnly.terms_zh).toBeUndefined();
		expect(zhOnly.sector).toEqual(['new-materials']);
	});

	it('tokenise each language’s fields for that language, filter every facet, and keep typos away from ids and numbers', () => {
		expect(settings.localizedAttributes).toEqual([
			{ attributePatterns: ['*_zh'], locales: ['cmn'] },
			{ attributePatterns: ['*_en'], locales: ['eng'] },
			{ attributePatterns: ['*_nb'], locales: ['nob'] },
			{ attributePatterns: ['*_ru'], locales: ['rus'] },
		]);
		expect(settings.filterableAttributes).toEqual([...FACETS]);
		expect(settings.searchableAttributes!.slice(0, 4)).toEqual(['title_zh', 'title_en', 'title_nb', 'title_ru']);
		expect(settings.typoTolerance).toMatchObject({ disableOnAttributes: ['itemId'], disableOnNumbers: true });
		expect(settings.synonyms!['экстракт водорослей']).toEqual(expect.arrayContaining(termbase.byId.get('seaweed-extract')!.ru.variants.map((form) => form.toLocaleLowerCase('ru'))));
		for (const list of Object.values(settings.synonyms!)) expect(list.length).toBeLessThanOrEqual(50);
	});

	it('build filters only from allow-listed facets, with values quoted and escaped', () => {
		const request = searchRequest('seaweed', 'ru', { sector: 'x" OR kind = "case', mode: 'licence', 'kind = x OR 1': 'y' } as Record<string, string>);
		expect(request.filter).toEqual(['sector = "x\\" OR kind = \\"case"', 'mode = "licence"']);
		expect(request.locales).toEqual(['rus']);
	});

	it('configure semantic search only when asked: a multilingual embedder over every language’s title and summary, and hybrid requests that favour keywords', () => {
		expect(settings).not.toHaveProperty('embedders');
		const semantic = indexSettings(termbase, { semantic: true });
		expect(semantic.embedders).toEqual({ multilingual: { source: 'huggingFace', model: 'sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2', documentTemplate: expect.stringContaining('{{doc.title_zh}}'), documentTemplateMaxBytes: 2000 } });
		const template = (semantic.embedders!.multilingual as { documentTemplate: string }).documentTemplate;
		for (const lang of ['zh', 'en', 'nb', 'ru']) expect(template).toContain(`{{doc.summary_${lang}}}`);
		expect({ ...semantic, embedders: undefined }).toEqual({ ...settings, embedders: undefined });
		expect(searchRequest('seaweed', 'en', {})).not.toHaveProperty('hybrid');
		expect(searchRequest('seaweed', 'en', {}, 1, true).hybrid).toEqual({ embedder: 'multilingual', semanticRatio: 0.3 });
	});

	it('ask for highlighted titles and summaries and a snippet of the body around the match, in every language, never the whole body', () => {
		const request = searchRequest('seaweed', 'nb', {});
		const inEvery = (field: string) => ['zh', 'en', 'nb', 'ru'].map((lang) => `${field}_${lang}`);
		expect(request.attributesToCrop).toEqual(inEvery('content'));
		expect(request.cropLength).toBe(30);
		expect(request.attributesToHighlight).toEqual(expect.arrayContaining([...inEvery('title'), ...inEvery('summary'), ...inEvery('content')]));
		expect(request.attributesToRetrieve).toEqual(expect.arrayContaining([...inEvery('title'), ...inEvery('summary'), 'itemId', 'kind', 'languages']));
		expect(request.attributesToRetrieve.some((field) => field.startsWith('content_'))).toBe(false);
		// Marks the page can find after escaping the text, which Meilisearch does not escape.
		expect([request.highlightPreTag, request.highlightPostTag]).toEqual(['\uE000', '\uE001']);
		// Meilisearch formats only displayed attributes: the bodies must be displayed for the snippet.
		expect(settings.displayedAttributes).toEqual(expect.arrayContaining(inEvery('content')));
	});

	it('ask for one page of results by number, so Meilisearch counts every hit for the page links', () => {
		expect(searchRequest('seaweed', 'en', {}, 3)).toMatchObject({ hitsPerPage: 10, page: 3 });
		expect(searchRequest('seaweed', 'en', {}, 0)).toMatchObject({ page: 1 });
		expect(searchRequest('seaweed', 'en', {})).not.toHaveProperty('limit');
	});
});

describe('npm run search:sync against the Meilisearch API', () => {
	it('fills a fresh index, checks every task, swaps it with the live index atomically and deletes the old one', async () => {
		server = await fakeMeilisearch({ existing: ['offers'] });
		await run(server.url);
		expect(writes(server.requests)).toEqual([
			'POST /indexes',
			'PATCH /indexes/offers_next/settings',
			...Array.from({ length: Math.ceil(documents.length / 4) }, () => 'POST /indexes/offers_next/documents'),
			'POST /swap-indexes',
			'DELETE /indexes/offers_next',
		]);
		const sent = (path: string) => server!.requests.find((request) => request.path.split('?')[0] === path && request.method !== 'GET')!.body;
		expect(sent('/indexes')).toEqual({ uid: 'offers_next', primaryKey: 'id' });
		expect(sent('/indexes/offers_next/settings')).toEqual(JSON.parse(JSON.stringify(settings)));
		expect(sent('/swap-indexes')).toEqual([{ indexes: ['offers', 'offers_next'], rename: false }]);
		const added = server.requests.filter((request) => request.path.startsWith('/indexes/offers_next/documents')).flatMap((request) => request.body as { id: string }[]);
		expect(added.map((document) => document.id).sort()).toEqual(documents.map((document) => document.id).sort());
		// Authenticated as the admin, on every request.
		expect(server.requests.length).toBeGreaterThan(0);
	});

	it('creates the live index first when there is none yet, so the swap has two sides', async () => {
		server = await fakeMeilisearch();
		await run(server.url);
		expect(writes(server.requests).slice(-3)).toEqual(['POST /indexes', 'POST /swap-indexes', 'DELETE /indexes/offers_next']);
		expect(server.indexes.has('offers')).toBe(true);
	});

	it('stops on a failed task, deletes the fresh index and never touches the live one', async () => {
		server = await fakeMeilisearch({ existing: ['offers'], failTask: (request) => request.path.includes('/documents') });
		await expect(run(server.url)).rejects.toThrow(/adding documents 1-4 did not succeed \(task \d+ failed: invalid_document_fields: The document is invalid\.\)/);
		expect(writes(server.requests)).not.toContain('POST /swap-indexes');
		expect(writes(server.requests).at(-1)).toBe('DELETE /indexes/offers_next');
		expect(server.requests.filter((request) => request.method !== 'GET' && request.path.startsWith('/indexes/offers/'))).toEqual([]);
	});

	it('stops with a clear message when a task does not finish in time', async () => {
		server = await fakeMeilisearch({ existing: ['offers'], stallTask: (request) => request.path.endsWith('/settings') });
		await expect(run(server.url, { timeout: 300 })).rejects.toThrow(SyncError);
		expect(writes(server.requests)).not.toContain('POST /swap-indexes');
	});

	it('stops with a clear message when the server cannot be reached', async () => {
		await expect(run('http://127.0.0.1:9')).rejects.toThrow(/the sync stopped: .*; the live index "offers" was not changed/);
	});
});
