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

/**
 * Writes one Pagefind bundle per language into `<outDir>/pagefind/<lang>/`. Separate bundles,
 * not one multilingual bundle, because Pagefind's mergeIndex cannot merge languages that live
 * inside the primary bundle: the search page searches the visitor's bundle and merges the others.
 */
export async function writePagefindBundles(documents: readonly SearchDocument[], outDir: string): Promise<BundleReport[]> {
	const reports: BundleReport[] = [];
	try {
		for (const lang of LOCALES) {
			const records = documents.filter((document) => document.lang === lang);
			const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
			if (!index) throw new Error(`Pagefind could not create the ${lang} index: ${errors.join('; ')}`);
			for (const document of records) {
				const added = await index.addCustomRecord({
					url: document.url,
					content: document.content,
					language: lang,
					meta: { title: document.title, summary: document.summary, itemId: document.itemId, kind: document.kind, lang },
					filters: { kind: [document.kind], ...(document.sector ? { sector: [document.sector] } : {}), mode: document.modes },
					sort: { date: document.date },
				});
				if (added.errors.length) throw new Error(`Pagefind rejected ${document.id}: ${added.errors.join('; ')}`);
			}
			const written = await index.writeFiles({ outputPath: join(outDir, bundlePath(lang)) });
			if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} bundle: ${written.errors.join('; ')}`);
			reports.push({ lang, records: records.length });
		}
	} finally {
		await pagefind.close();
	}
	return reports;
}
