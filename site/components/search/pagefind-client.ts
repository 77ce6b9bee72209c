/** The part of Pagefind's browser API the search page uses (pagefind.js ships no types). */
interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	debouncedSearch(query: string, options: Record<string, unknown>, timeout?: number): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindResult {
	score: number;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

export interface SearchHit {
	itemId: string;
	kind: 'achievement' | 'case';
	/** The language of the matched text. */
	lang: string;
	title: string;
	excerpt: string;
	/** The item's page in the visitor's language. */
	url: string;
}

export type SearchEngine = (query: string, filters: { sector: string; mode: string }, locale: string) => Promise<SearchHit[] | null>;

/**
 * Loads the visitor's bundle and merges the other languages' bundles into it, so offers only
 * written in another language are found too (by shared words, names and numbers for now).
 */
export async function loadSearchEngine(bundles: readonly { lang: string; path: string; weight: number }[]): Promise<SearchEngine> {
	const [primary, ...others] = bundles;
	if (!primary) throw new Error('no search bundle');
	const pagefind = (await import(/* @vite-ignore */ `${primary.path}pagefind.js`)) as PagefindModule;
	await pagefind.options({ baseUrl: '/' });
	await Promise.all([pagefind.init(), ...others.map((bundle) => pagefind.mergeIndex(bundle.path, { language: bundle.lang, indexWeight: bundle.weight }))]);

	return async (query, { sector, mode }, locale) => {
		const filters: Record<string, string> = {};
		if (sector) filters.sector = sector;
		if (mode) filters.mode = mode;
		const response = await pagefind.debouncedSearch(query, { filters }, 150);
		if (response === null) return null;
		const data = await Promise.all(response.results.slice(0, 60).map((result) => result.data()));
		// One hit per item: its best-scoring language, preferring the visitor's own.
		const byItem = new Map<string, SearchHit>();
		for (const entry of data) {
			const itemId = entry.meta.itemId ?? '';
			const hit: SearchHit = {
				itemId,
				kind: entry.meta.kind === 'case' ? 'case' : 'achievement',
				lang: entry.meta.lang ?? locale,
				title: entry.meta.title ?? itemId,
				excerpt: entry.excerpt,
				url: `/${locale}/${entry.meta.kind === 'case' ? 'cases' : 'achievements'}/${itemId}/`,
			};
			const existing = byItem.get(itemId);
			if (!existing || (existing.lang !== locale && hit.lang === locale)) byItem.set(itemId, hit);
		}
		return [...byItem.values()];
	};
}
