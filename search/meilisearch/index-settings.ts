import type { SearchParams, Settings } from 'meilisearch';
import { LOCALES, type Locale } from '../../content/core/schema/locales.ts';
import type { Termbase } from '../../content/core/termbase/read-termbase.ts';
import { FACETS } from '../documents/facets.ts';

/** Meilisearch's language codes for the portal's (ISO 639-3; Norwegian Bokmål is `nob`). */
const MEILISEARCH_LOCALES: Record<Locale, NonNullable<SearchParams['locales']>[number]> = { zh: 'cmn', en: 'eng', nb: 'nob', ru: 'rus' };
/** Meilisearch accepts at most 50 synonyms per word. */
const MAX_SYNONYMS = 50;

/**
 * The index settings, derived from the search model: searchable attributes in a deliberate order
 * (titles, summaries, termbase equivalents, then bodies), each language's fields tokenised for
 * that language, every facet filterable, typo tolerance off for ids and numbers, and the termbase
 * as synonyms within each language (cross-language matching is done by the `terms_*` fields).
 */
export function indexSettings(termbase: Termbase | undefined, options: { semantic?: boolean } = {}): Settings {
	const fields = (name: string) => LOCALES.map((lang) => `${name}_${lang}`);
	return {
		...(options.semantic ? { embedders: { [EMBEDDER]: semanticEmbedder() } } : {}),
		searchableAttributes: [...fields('title'), ...fields('summary'), ...fields('terms'), ...fields('content'), 'itemId'],
		// Bodies are displayed so a search can return a cropped snippet of them; searchRequest never retrieves them whole.
		displayedAttributes: ['id', 'kind', 'itemId', 'languages', 'date', ...fields('title'), ...fields('summary'), ...fields('content'), ...FACETS],
		filterableAttributes: [...FACETS],
		sortableAttributes: ['date'],
		localizedAttributes: LOCALES.map((lang) => ({ attributePatterns: [`*_${lang}`], locales: [MEILISEARCH_LOCALES[lang]] })),
		typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: ['itemId'], disableOnNumbers: true },
		synonyms: termbase ? synonymsOf(termbase) : {},
		pagination: { maxTotalHits: 1000 },
	};
}

/** The name of the optional semantic embedder in the index settings and in hybrid search requests. */
export const EMBEDDER = 'multilingual';

/**
 * Optional hybrid search (off by default: `npm run search:sync -- --semantic` and PUBLIC_MEILISEARCH_HYBRID=1):
 * a multilingual sentence-embedding model that Meilisearch downloads and runs itself, fed with every
 * language's title and summary, so a query in one language also finds offers that say the same in another
 * with words the termbase lacks. Not run here (no Meilisearch server can be installed); see the README.
 */
export function semanticEmbedder() {
	const template = LOCALES.map((lang) => `{{doc.title_${lang}}} {{doc.summary_${lang}}}`).join(' ');
	return { source: 'huggingFace' as const, model: 'sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2', documentTemplate: template, documentTemplateMaxBytes: 2000 };
}

/** Each form of a concept in a language names the concept's other forms in that language. */
export function synonymsOf(termbase: Termbase): Record<string, string[]> {
	const synonyms: Record<string, string[]> = {};
	for (const concept of termbase.concepts) {
		for (const lang of LOCALES) {
			const forms = [...new Set([concept[lang].term, ...concept[lang].variants].map((form) => form.toLocaleLowerCase(lang)))];
			if (forms.length < 2) continue;
			for (const form of forms) {
				const list = (synonyms[form] ??= []);
				for (const other of forms) if (other !== form && !list.includes(other) && list.length < MAX_SYNONYMS) list.push(other);
			}
		}
	}
	return synonyms;
}

/** Results per page on the search page, for both engines. */
export const RESULTS_PER_PAGE = 10;

/**
 * Highlight marks: private-use characters, not tags, because Meilisearch does not escape the text
 * around them; the page escapes the text, then turns these into <mark> (highlightToHtml).
 */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
/** Words of a body shown around its first match, as the result's snippet. */
export const SNIPPET_WORDS = 30;

/**
 * The search request for a visitor: their language first, filters from the facet allow-list,
 * quoted and escaped; titles, summaries and a snippet of the body around the match (in every
 * language: a hit is shown in the best language it has) highlighted; bodies never retrieved whole.
 */
export function searchRequest(query: string, locale: Locale, selected: Record<string, string>, page = 1, hybrid = false) {
	const filter = FACETS.flatMap((facet) => {
		const value = selected[facet];
		// Filter expressions are strings: a value is always quoted, its quotes and backslashes escaped.
		return typeof value === 'string' && value ? [`${facet} = "${value.replace(/["\\]/g, '\\$&')}"`] : [];
	});
	return {
		q: query.slice(0, 200),
		locales: [MEILISEARCH_LOCALES[locale]],
		...(filter.length ? { filter } : {}),
		facets: [...FACETS],
		attributesToRetrieve: ['itemId', 'kind', 'languages', ...LOCALES.flatMap((lang) => [`title_${lang}`, `summary_${lang}`])],
		attributesToHighlight: LOCALES.flatMap((lang) => [`title_${lang}`, `summary_${lang}`, `content_${lang}`]),
		attributesToCrop: LOCALES.map((lang) => `content_${lang}`),
		cropLength: SNIPPET_WORDS,
		cropMarker: '…',
		highlightPreTag: HIGHLIGHT_PRE,
		highlightPostTag: HIGHLIGHT_POST,
		// Page numbers, not offsets: Meilisearch then counts every hit (totalHits) for the page links.
		hitsPerPage: RESULTS_PER_PAGE,
		page: Math.max(1, Math.floor(page)),
		// Keyword matches weigh more than meaning: ids, patent numbers and termbase terms must stay on top.
		...(hybrid ? { hybrid: { embedder: EMBEDDER, semanticRatio: 0.3 } } : {}),
	} satisfies SearchParams & { q: string };
}
