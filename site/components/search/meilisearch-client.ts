import { HIGHLIGHT_POST as POST, HIGHLIGHT_PRE as PRE, searchRequest } from '../../../search/meilisearch/index-settings.ts';
import { isLocale, type Locale } from '../../../content/core/schema/locales.ts';
import { fallbackChain } from '../../../content/core/model/resolve-text.ts';
import { itemPath } from '../../../content/core/urls/paths.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import type { FacetFilters, KindSegments, SearchHit, SearchOutcome } from './pagefind-client.ts';

/** Where the site's Meilisearch index is, and the search-only key scoped to it (never an admin key). */
export interface MeilisearchConfig {
	url: string;
	searchKey: string;
	index: string;
	/** Hybrid (keyword + semantic) search; the index must have been synced with --semantic. */
	hybrid?: boolean;
	/** How long an answer may take before the page uses Pagefind instead (PUBLIC_MEILISEARCH_TIMEOUT_MS; default 800). */
	timeoutMs?: number;
}

/** By default Meilisearch must answer within this, or the page uses the Pagefind bundles every build produces. */
export const MEILISEARCH_TIMEOUT_MS = 800;

/** Escapes a highlighted text, then turns the highlight markers into <mark> (Meilisearch's `_formatted` is not escaped). */
export function highlightToHtml(text: string): string {
	return escapeHtml(text).replaceAll(PRE, '<mark>').replaceAll(POST, '</mark>');
}

interface Hit {
	itemId: string;
	kind?: string[];
	languages?: string[];
	_formatted?: Record<string, unknown>;
	[field: string]: unknown;
}

/** Turns a Meilisearch response into hits in the visitor's language, else the best language along the fallback order. */
export function toOutcome(response: { hits: Hit[]; totalHits?: number; estimatedTotalHits?: number; facetDistribution?: Record<string, Record<string, number>> }, locale: Locale, fallbackLocales: readonly Locale[], segments: KindSegments): SearchOutcome {
	const chain = fallbackChain(locale, fallbackLocales);
	const hits: SearchHit[] = response.hits.flatMap((hit) => {
		const kind = hit.kind?.[0] ?? '';
		const segment = segments[kind];
		const lang = chain.find((code) => hit.languages?.includes(code));
		if (!segment || !lang) return [];
		const formatted = hit._formatted ?? {};
		const text = (field: string) => String(formatted[`${field}_${lang}`] ?? hit[`${field}_${lang}`] ?? '');
		// The body's words around the match when the match is in the body; else the summary (a match in the title, or across languages).
		const snippet = text('content');
		const excerpt = highlightToHtml(snippet.includes(PRE) ? snippet : text('summary'));
		return [{ itemId: hit.itemId, kind, lang, title: text('title').replaceAll(PRE, '').replaceAll(POST, ''), excerpt, url: itemPath(segment, locale, hit.itemId), indexOnly: lang !== locale }];
	});
	return { hits, total: response.totalHits ?? response.estimatedTotalHits ?? hits.length, counts: response.facetDistribution ?? {} };
}

/** A search against the site's Meilisearch index; throws when it is unreachable, refuses or takes longer than the timeout (800 ms by default). */
export async function searchMeilisearch(config: MeilisearchConfig, query: string, selected: FacetFilters, locale: string, fallbackLocales: readonly Locale[], segments: KindSegments, page = 1): Promise<SearchOutcome> {
	if (!isLocale(locale)) throw new Error(`not a portal locale: ${locale}`);
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), config.timeoutMs ?? MEILISEARCH_TIMEOUT_MS);
	try {
		const response = await fetch(`${config.url.replace(/\/$/, '')}/indexes/${encodeURIComponent(config.index)}/search`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.searchKey}` },
			body: JSON.stringify(searchRequest(query, locale, selected, page, config.hybrid === true)),
			signal: controller.signal,
		});
		if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
		return toOutcome(await response.json(), locale, fallbackLocales, segments);
	} finally {
		clearTimeout(timer);
	}
}
