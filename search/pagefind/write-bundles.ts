import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES, type Locale } from '../../content/schema/locale.ts';
import type { SearchDocument } from '../documents/search-document.ts';

/** Where the bundle of one language lives in the built site, e.g. `/pagefind/ru/`. */
export const bundlePath = (lang: Locale) => `/pagefind/${lang}/`;

export interface BundleReport {
	lang: Locale;
	records: number;
}

/** Indexes filled in Pagefind's service, ready to be written. */
export interface PreparedBundles {
	write(outDir: string): Promise<BundleReport[]>;
	/** Stops Pagefind's service without writing (when the build failed). */
	discard(): Promise<void>;
}

/**
 * Fills one Pagefind index per language. Separate bundles, not one multilingual bundle, because
 * Pagefind's mergeIndex cannot merge languages inside the primary bundle: the search page searches
 * the visitor's bundle and merges the others. Indexing runs in Pagefind's own process, so it can
 * start before Astro renders the pages and overlap with it.
 */
export async function prepareBundles(documents: readonly SearchDocument[]): Promise<PreparedBundles> {
	try {
		const indexes = await Promise.all(LOCALES.map((lang) => fillIndex(lang, documents.filter((document) => document.lang === lang))));
		return {
			async write(outDir) {
				try {
					return await Promise.all(
						indexes.map(async ({ lang, index, records }) => {
							const written = await index.writeFiles({ outputPath: join(outDir, bundlePath(lang)) });
							if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} bundle: ${written.errors.join('; ')}`);
							return { lang, records };
						}),
					);
				} finally {
					await pagefind.close();
				}
			},
			discard: async () => void (await pagefind.close()),
		};
	} catch (error) {
		await pagefind.close();
		throw error;
	}
}

/** Writes the bundles for a set of documents in one go. */
export async function writePagefindBundles(documents: readonly SearchDocument[], outDir: string): Promise<BundleReport[]> {
	return (await prepareBundles(documents)).write(outDir);
}

async function fillIndex(lang: Locale, records: readonly SearchDocument[]) {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
	if (!index) throw new Error(`Pagefind could not create the ${lang} index: ${errors.join('; ')}`);
	await Promise.all(
		records.map(async (document) => {
			const added = await index.addCustomRecord({
				url: document.url,
				content: document.content,
				language: lang,
				meta: { title: document.title, summary: document.summary, itemId: document.itemId, kind: document.kind, lang },
				filters: { kind: [document.kind], ...(document.sector ? { sector: [document.sector] } : {}), mode: document.modes },
				sort: { date: document.date },
			});
			if (added.errors.length) throw new Error(`Pagefind rejected ${document.id}: ${added.errors.join('; ')}`);
		}),
	);
	return { lang, index, records: records.length };
}
