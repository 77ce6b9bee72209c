import type { Locale } from '../../content/core/schema/locales.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { facetValues, type Facet } from '../documents/facets.ts';
import type { SearchDocument } from '../documents/search-document.ts';

/**
 * One Meilisearch document per item: its texts in every language it is written in (`title_zh`,
 * `content_ru` …, each tokenised for its language through localizedAttributes), the termbase
 * equivalents of its concepts per language (`terms_nb` …, index-only), and its facets. One
 * document per item, not per translation, so facet counts count items and no result repeats.
 */
export type IndexDocument = {
	/** Meilisearch ids allow [A-Za-z0-9_-]: `achievement-fx-0001`. */
	id: string;
	itemId: string;
	/** Languages the item is written in; a page shows the visitor's if present, else its fallback. */
	languages: Locale[];
	date: string;
} & Partial<Record<Facet, string[]>> &
	Partial<Record<`${'title' | 'summary' | 'content' | 'terms'}_${Locale}`, string>>;

/** Maps the search model to index documents (index-only documents are not needed: `terms_*` fields do their job). */
export function toIndexDocuments(documents: readonly SearchDocument[]): IndexDocument[] {
	const byItem = new Map<string, IndexDocument>();
	const terms = new Map<string, Map<Locale, Set<string>>>();
	for (const document of documents) {
		const key = `${document.kind}-${document.itemId}`;
		let entry: IndexDocument | undefined = byItem.get(key);
		if (!entry) {
			entry = { id: key, itemId: document.itemId, languages: [], date: document.date, ...facetValues(document) } as IndexDocument;
			byItem.set(key, entry);
			terms.set(key, new Map());
		}
		if (document.indexOnly) continue;
		entry.languages.push(document.lang);
		entry[`title_${document.lang}`] = document.title;
		entry[`summary_${document.lang}`] = document.summary;
		entry[`content_${document.lang}`] = document.content;
		for (const [lang, forms] of Object.entries(document.terms) as [Locale, string[]][]) {
			const set = terms.get(key)!.get(lang) ?? new Set<string>();
			for (const form of forms) set.add(form);
			terms.get(key)!.set(lang, set);
		}
	}
	for (const [key, entry] of byItem) {
		entry.languages = LOCALES.filter((lang) => entry.languages.includes(lang));
		for (const [lang, forms] of terms.get(key)!) if (!entry.languages.includes(lang)) entry[`terms_${lang}`] = [...forms].join('\n');
	}
	return [...byItem.values()];
}
