import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../content/core/schema/locale.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import type { SearchDocument } from '../../search/documents/search-document.ts';
import { closePagefindServices } from '../../search/pagefind/pagefind-services.ts';
import { bundleKey, openBundles, prepareBundles, publishBundles, startBundles } from '../../search/pagefind/write-bundles.ts';

import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// Real Pagefind indexes of the fixture content, built into scratch folders. Every test starts
// from its own cache folder and builds the state it needs, so each passes on its own (it.only).
const scratch = mkdtempSync(join(tmpdir(), 'sre-bundles-'));
const content = readContent(FIXTURE_CONTENT);
const documents = buildSearchDocuments(content.model, { fallbackLocales: content.market.fallbackLocales });
const EDITED_ID = 'achievement:fx-0001:ru';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let caches = 0;
/** A new, empty cache folder. */
const freshCache = () => join(scratch, `cache-${++caches}`);
/** A cache folder that already holds a complete bundle of every language of `documents`. */
async function warmCache(): Promise<string> {
	const cacheDir = freshCache();
	await prepareBundles(documents, { cacheDir });
	return cacheDir;
}

/** The pages (url and text) inside a built bundle, read from Pagefind's gzipped fragments. */
function pagesIn(bundle: string): { url: string; content: string }[] {
	const folder = join(bundle, 'fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
	});
}

let published = 0;
function publish(prepared: Awaited<ReturnType<typeof prepareBundles>>): string {
	const outDir = join(scratch, `site-${++published}`);
	mkdirSync(outDir);
	publishBundles(prepared, outDir);
	return outDir;
}

const cachedLanguages = (prepared: Awaited<ReturnType<typeof prepareBundles>>) => prepared.reports.filter((report) => report.cached).map((report) => report.lang);

describe('Pagefind bundles and their cache', () => {
	it('indexes every language on a first build and publishes a bundle per language', async () => {
		const prepared = await prepareBundles(documents, { cacheDir: freshCache() });
		expect(cachedLanguages(prepared)).toEqual([]);
		const outDir = publish(prepared);
		for (const lang of LOCALES) {
			const bundle = join(outDir, 'pagefind', lang);
			expect(existsSync(join(bundle, 'pagefind.js')), `${lang} pagefind.js`).toBe(true);
			const expected = documents.filter((document) => document.lang === lang).map((document) => document.url);
			expect(
				pagesIn(bundle)
					.map((page) => page.url)
					.sort(),
			).toEqual(expected.sort());
		}
	});

	it('reuses unchanged languages without indexing, hard-linking the cached files', async () => {
		const prepared = await prepareBundles(documents, { cacheDir: await warmCache() });
		expect(cachedLanguages(prepared)).toEqual([...LOCALES]);
		const outDir = publish(prepared);
		const entry = join(outDir, 'pagefind', 'ru', 'pagefind-entry.json');
		expect(statSync(entry).ino).toBe(statSync(join(prepared.folders.ru!, 'pagefind-entry.json')).ino);
	});

	it('re-indexes only the language whose documents changed, and the new text is searchable', async () => {
		const cacheDir = await warmCache();
		const earlier = publish(await prepareBundles(documents, { cacheDir }));
		const edited: SearchDocument[] = documents.map((document) => (document.id === EDITED_ID ? { ...document, content: `${document.content}\nгидроакустический` } : document));
		const prepared = await prepareBundles(edited, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual(LOCALES.filter((lang) => lang !== 'ru'));
		const outDir = publish(prepared);
		const page = pagesIn(join(outDir, 'pagefind', 'ru')).find((entry) => entry.url === '/ru/achievements/fx-0001/');
		expect(page?.content).toContain('гидроакустический');
		// The bundles of the previous build stay published where they were: nothing was rewritten in place.
		const before = pagesIn(join(earlier, 'pagefind', 'ru')).find((entry) => entry.url === '/ru/achievements/fx-0001/');
		expect(before?.content).toBeDefined();
		expect(before?.content).not.toContain('гидроакустический');
	});

	it('indexes everything again when reuse is off', async () => {
		const prepared = await prepareBundles(documents, { cacheDir: await warmCache(), reuse: false });
		expect(cachedLanguages(prepared)).toEqual([]);
	});

	it('never reuses a bundle that was not finished', async () => {
		const cacheDir = await warmCache();
		const zh = documents.filter((document) => document.lang === 'zh');
		const folder = join(cacheDir, 'pagefind-bundles', `zh-${bundleKey('zh', zh)}`);
		// An interrupted build: the folder is there, its completion marker is not.
		rmSync(join(folder, '.complete'));
		const prepared = await prepareBundles(documents, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual(LOCALES.filter((lang: Locale) => lang !== 'zh'));
		expect(existsSync(join(folder, '.complete'))).toBe(true);
	});

	it('keeps at most the current bundle and two earlier ones per language', async () => {
		const cacheDir = await warmCache();
		for (const word of ['первый', 'второй', 'третий']) {
			await prepareBundles(
				documents.map((document) => (document.id === EDITED_ID ? { ...document, content: `${document.content}\n${word}` } : document)),
				{ cacheDir },
			);
		}
		const ru = readdirSync(join(cacheDir, 'pagefind-bundles')).filter((name) => name.startsWith('ru-'));
		expect(ru).toHaveLength(3);
	});

	it('clears staging folders that a killed build left behind, once they are an hour old', async () => {
		const cacheDir = await warmCache();
		const root = join(cacheDir, 'pagefind-bundles');
		const old = join(root, '.staging-ru-0000-1');
		const fresh = join(root, '.staging-ru-0000-2');
		mkdirSync(old);
		mkdirSync(fresh);
		const twoHoursAgo = new Date(Date.now() - 7_200_000);
		utimesSync(old, twoHoursAgo, twoHoursAgo);
		await prepareBundles(documents, { cacheDir });
		expect(existsSync(old)).toBe(false);
		// A fresh one may belong to a build that is running now.
		expect(existsSync(fresh)).toBe(true);
	});

	it('re-indexes a language whose index-only documents changed though its translations did not', async () => {
		const cacheDir = await warmCache();
		const target = documents.find((document) => document.indexOnly)!;
		// A termbase edit: one more equivalent for a Chinese-only offer, found in another language.
		const edited = documents.map((document) => (document === target ? { ...document, content: `${document.content}\nhydroakustisk` } : document));
		const prepared = await prepareBundles(edited, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual(LOCALES.filter((lang) => lang !== target.lang));
		const page = pagesIn(join(publish(prepared), 'pagefind', target.lang)).find((entry) => entry.url === target.url);
		expect(page?.content).toContain('hydroakustisk');
	});

	it('refuses to finish with real translations other than those it started on', async () => {
		const translations = documents.filter((document) => !document.indexOnly);
		const job = startBundles(translations, { cacheDir: freshCache() });
		const changed = documents.map((document) => (document.id === EDITED_ID ? { ...document, content: `${document.content}\nдругое` } : document));
		await expect(job.finish(changed)).rejects.toThrow(/ru search documents of real translations changed/);
	});

	it('builds the same bundles when the translations are fed item by item as they are made', async () => {
		const translations = documents.filter((document) => !document.indexOnly);
		const whole = publish(await startBundles(translations, { cacheDir: freshCache() }).finish(documents));
		const feed = openBundles({ cacheDir: freshCache() });
		const items = [...new Set(translations.map((document) => document.itemId))];
		for (const id of items) feed.add(translations.filter((document) => document.itemId === id));
		const fed = publish(await feed.start(translations).finish(documents));
		for (const lang of LOCALES) {
			const files = (outDir: string) => readdirSync(join(outDir, 'pagefind', lang), { recursive: true }).map(String).sort();
			// Pagefind names its files by their content's hash: the same names are the same bundle.
			expect(files(fed), lang).toEqual(files(whole));
		}
	});

	it('refuses to start when the documents fed are not the translations', async () => {
		const translations = documents.filter((document) => !document.indexOnly);
		const feed = openBundles({ cacheDir: freshCache() });
		feed.add(translations.slice(1));
		expect(() => feed.start(translations)).toThrow(/search documents were added, but the translations have/);
		expect(() => feed.add(translations)).toThrow(/after the bundles started/);
		await closePagefindServices();
	});

	it('keys a language’s bundle on what Pagefind receives, and nothing else', () => {
		const ru = documents.filter((document) => document.lang === 'ru');
		const key = bundleKey('ru', ru);
		expect(bundleKey('ru', ru.map((document) => ({ ...document })))).toBe(key);
		expect(bundleKey('ru', ru.map((document, index) => (index === 0 ? { ...document, date: '1999-01-01' } : document)))).not.toBe(key);
		expect(bundleKey('ru', ru.map((document, index) => (index === 0 ? { ...document, summary: `${document.summary}.` } : document)))).not.toBe(key);
		expect(bundleKey('ru', ru.slice(1))).not.toBe(key);
		// Equivalents of a translated text are Meilisearch's business: Pagefind records do not carry them.
		expect(bundleKey('ru', ru.map((document) => ({ ...document, terms: { zh: ['水声'] }, concepts: ['hydroacoustics'] })))).toBe(key);
	});
});
