import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Bundles built in a staging folder, ready to be copied into the site. */
export interface PreparedBundles {
	reports: BundleReport[];
	/** Copies the bundles into `<outDir>/pagefind/` and removes the staging folder. */
	publish(outDir: string): BundleReport[];
}

/**
 * Builds one Pagefind bundle per language in a staging folder. Separate bundles, not one
 * multilingual bundle, because Pagefind's mergeIndex cannot merge languages inside the primary
 * bundle: the search page searches the visitor's bundle and merges the others. Everything runs
 * in Pagefind's own process, so it can start before Astro renders the pages and overlap with it;
 * only the copy into the output waits for the build to finish.
 */
export async function prepareBundles(documents: readonly SearchDocument[]): Promise<PreparedBundles> {
	const staging = mkdtempSync(join(tmpdir(), 'sre-pagefind-'));
	try {
		const reports = await Promise.all(
			LOCALES.map(async (lang) => {
				const records = documents.filter((document) => document.lang === lang);
				const index = await fillIndex(lang, records);
				const written = await index.writeFiles({ outputPath: join(staging, lang) });
				if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} bundle: ${written.errors.join('; ')}`);
				return { lang, records: records.length };
			}),
		);
		return {
			reports,
			publish(outDir) {
				for (const { lang } of reports) cpSync(join(staging, lang), join(outDir, bundlePath(lang)), { recursive: true });
				rmSync(staging, { recursive: true, force: true });
				return reports;
			},
		};
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		throw error;
	} finally {
		await pagefind.close();
	}
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
	return index;
}
