import type { Locale } from '../../../content/core/schema/locales.ts';
import { searchMeilisearch, type MeilisearchConfig } from './meilisearch-client.ts';
import { loadSearchEngine, type KindSegments, type SearchEngine } from './pagefind-client.ts';

export interface EngineOptions {
	bundles: readonly { lang: string; path: string }[];
	segments: KindSegments;
	/** Set when the site was built with PUBLIC_MEILISEARCH_URL and PUBLIC_MEILISEARCH_SEARCH_KEY. */
	meilisearch: MeilisearchConfig | null;
	fallbackLocales: readonly Locale[];
}

/**
 * The page's search: Meilisearch when the site was built for it, else the Pagefind bundles every
 * build produces. When Meilisearch does not answer in 800 ms (or refuses), this and every later
 * query of the visit go to Pagefind, and the outcome says so for the page to tell the visitor.
 */
export function createSearchEngine(options: EngineOptions): SearchEngine {
	let pagefind: Promise<SearchEngine> | undefined;
	let unavailable = false;
	const viaPagefind: SearchEngine = async (query, selected, locale, page) => {
		pagefind ??= loadSearchEngine(options.bundles, options.segments);
		const outcome = await (await pagefind)(query, selected, locale, page);
		return outcome && options.meilisearch ? { ...outcome, fellBack: true } : outcome;
	};
	return async (query, selected, locale, page) => {
		if (!options.meilisearch || unavailable) return viaPagefind(query, selected, locale, page);
		try {
			return await searchMeilisearch(options.meilisearch, query, selected, locale, options.fallbackLocales, options.segments, page);
		} catch (error) {
			console.warn('Meilisearch did not answer; searching the built-in index instead.', error);
			unavailable = true;
			return viaPagefind(query, selected, locale, page);
		}
	};
}
