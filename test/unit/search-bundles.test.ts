import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../content/schema/locale.ts';
import { readContentModel } from '../../content/model/read-content.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import type { SearchDocument } from '../../search/documents/search-document.ts';
import { bundleKey, prepareBundles, publishBundles } from '../../search/pagefind/write-bundles.ts';

// Real Pagefind indexes of the sample content, built into a scratch folder.
const scratch = mkdtempSync(join(tmpdir(), 'sre-bundles-'));
const cacheDir = join(scratch, 'cache');
const documents = buildSearchDocuments(readContentModel('content'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The pages (url and text) inside a built bundle, read from Pagefind's gzipped fragments. */
function pagesIn(bundle: string): { url: string; content: string }[] {
	const folder = join(bundle, 'fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
	});
}

function publish(name: string, prepared: Awaited<ReturnType<typeof prepareBundles>>): string {
	const outDir = join(scratch, name);
	mkdirSync(outDir);
	publishBundles(prepared, outDir);
	return outDir;
}

const cachedLanguages = (prepared: Awaited<ReturnType<typeof prepareBundles>>) => prepared.reports.filter((report) => report.cached).map((report) => report.lang);

describe('Pagefind bundles and their cache', () => {
	it('indexes every language on a first build and publishes a bundle per language', async () => {
		const prepared = await prepareBundles(documents, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual([]);
		const outDir = publish('first', prepared);
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
		const prepared = await prepareBundles(documents, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual([...LOCALES]);
		const outDir = publish('unchanged', prepared);
		const entry = join(outDir, 'pagefind', 'ru', 'pagefind-entry.json');
		expect(statSync(entry).ino).toBe(statSync(join(prepared.folders.ru!, 'pagefind-entry.json')).ino);
	});

	it('re-indexes only the language whose documents changed, and the new text is searchable', async () => {
		const edited: SearchDocument[] = documents.map((document) =>
			document.id === 'achievement:to-0005:ru' ? { ...document, content: `${document.content}\nгидроакустический` } : document,
		);
		const prepared = await prepareBundles(edited, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual(LOCALES.filter((lang) => lang !== 'ru'));
		const outDir = publish('edited', prepared);
		const page = pagesIn(join(outDir, 'pagefind', 'ru')).find((entry) => entry.url === '/ru/achievements/to-0005/');
		expect(page?.content).toContain('гидроакустический');
		// The bundles of the previous build stay published where they were: nothing was rewritten in place.
		const before = pagesIn(join(scratch, 'unchanged', 'pagefind', 'ru')).find((entry) => entry.url === '/ru/achievements/to-0005/');
		expect(before?.content).not.toContain('гидроакустический');
	});

	it('indexes everything again when reuse is off', async () => {
		const prepared = await prepareBundles(documents, { cacheDir, reuse: false });
		expect(cachedLanguages(prepared)).toEqual([]);
	});

	it('never reuses a bundle that was not finished', async () => {
		const zh = documents.filter((document) => document.lang === 'zh');
		const folder = join(cacheDir, 'pagefind-bundles', `zh-${bundleKey('zh', zh)}`);
		// An interrupted build: the folder is there, its completion marker is not.
		rmSync(join(folder, '.complete'));
		const prepared = await prepareBundles(documents, { cacheDir });
		expect(cachedLanguages(prepared)).toEqual(LOCALES.filter((lang: Locale) => lang !== 'zh'));
		expect(existsSync(join(folder, '.complete'))).toBe(true);
	});

	it('keeps at most the current bundle and two earlier ones per language', async () => {
		for (const word of ['первый', 'второй', 'третий']) {
			await prepareBundles(
				documents.map((document) => (document.id === 'achievement:to-0005:ru' ? { ...document, content: `${document.content}\n${word}` } : document)),
				{ cacheDir },
			);
		}
		const ru = readdirSync(join(cacheDir, 'pagefind-bundles')).filter((name) => name.startsWith('ru-'));
		expect(ru).toHaveLength(3);
	});

	it('clears staging folders that a killed build left behind, once they are an hour old', async () => {
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

	it('keys a language’s bundle on every field of its documents', () => {
		const ru = documents.filter((document) => document.lang === 'ru');
		const key = bundleKey('ru', ru);
		expect(bundleKey('ru', ru.map((document) => ({ ...document })))).toBe(key);
		expect(bundleKey('ru', ru.map((document, index) => (index === 0 ? { ...document, date: '1999-01-01' } : document)))).not.toBe(key);
		expect(bundleKey('ru', ru.slice(1))).not.toBe(key);
	});
});
