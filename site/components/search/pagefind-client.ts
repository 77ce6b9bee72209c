import { itemPath } from '../../../content/core/urls/paths.ts';
import { isLocale } from '../../../content/core/schema/locales.ts';
import { FACETS } from '../../../search/documents/facets.ts';
import { RESULTS_PER_PAGE } from '../../../search/meilisearch/index-settings.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import { queryWords } from './query-words.ts';
import { correctWord, loadVocabulary } from './spelling.ts';

/** Typing pauses shorter than this do not start a search of their own. */
const DEBOUNCE_MS = 40;

/** Below this many results for all the words together, results for some of the words are added after them. */
const ENOUGH = 10;

/** The part of Pagefind's browser API the search page uses (pagefind.js ships no types). */
interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(query: string, options: Record<string, unknown>): Promise<PagefindResponse>;
	debouncedSearch(query: string, options: Record<string, unknown>, timeout?: number): Promise<PagefindResponse | null>;
}

interface PagefindResponse {
	results: PagefindResult[];
	/** For each filter, how many results each value would have with the other filters as they are. */
	filters?: Record<string, Record<string, number>>;
}

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

export interface SearchHit {
	itemId: string;
	/** The item's kind (`achievement`, `case`: content/core/kinds/). */
	kind: string;
	/** The language of the matched text. */
	lang: string;
	title: string;
	excerpt: string;
	/** The item's page in the visitor's language. */
	url: string;
	/** Found through its facts or the termbase, not its own words: the excerpt is its summary. */
	indexOnly: boolean;
}


/** Which of two hits on the same item to show: its own words over index-only terms, then the visitor's language. */
function better(candidate: SearchHit, existing: SearchHit, locale: string): boolean {
	if (candidate.indexOnly !== existing.indexOnly) return !candidate.indexOnly;
	return existing.lang !== locale && candidate.lang === locale;
}

/** Selected facet values by facet name (only names of the FACETS allow-list are passed on). */
export type FacetFilters = Record<string, string>;

/** What a search returns: the hits, one per item, and the facet counts of the visitor's bundle. */
export interface SearchOutcome {
	/** The hits of the page asked for. */
	hits: SearchHit[];
	/** How many results there are on all pages. */
	total: number;
	counts: Record<string, Record<string, number>>;
	/** The query as corrected for typos, when the results are for it rather than for what was typed. */
	corrected?: string;
	/** True when Meilisearch is configured but did not answer, and these results come from Pagefind. */
	fellBack?: boolean;
}

/** A search for one page of results (1-based); null when a later query superseded it. */
export type SearchEngine = (query: string, filters: FacetFilters, locale: string, page: number) => Promise<SearchOutcome | null>;

/** The URL segment of each kind's pages, by kind name: `{ achievement: 'achievements' }`. */
export type KindSegments = Record<string, string>;

/** A bundle's own Pagefind instance: each bundle's pagefind.js is a separate module with its own index. */
async function openBundle(path: string): Promise<PagefindModule> {
	const pagefind = (await import(/* @vite-ignore */ `${path}pagefind.js`)) as PagefindModule;
	await pagefind.options({ baseUrl: '/' });
	await pagefind.init();
	return pagefind;
}

/** The language whose bundle holds words of a script that the visitor's language does not write. */
const SCRIPT_LANGUAGES: [RegExp, string][] = [
	[/\p{Script=Han}/u, 'zh'],
	[/\p{Script=Cyrillic}/u, 'ru'],
];

/**
 * Searches the visitor's bundle, which holds every item once: in its own words where it is
 * translated, else through its facts and the termbase's equivalents in the visitor's language
 * (index-only). Words in a script the visitor's language does not write (a Chinese name typed on
 * the Russian page) are also looked up in that language's bundle, after the visitor's results.
 */
export async function loadSearchEngine(bundles: readonly { lang: string; path: string }[], segments: KindSegments): Promise<SearchEngine> {
	const [primary, ...others] = bundles;
	if (!primary) throw new Error('no search bundle');
	const pagefind = await openBundle(primary.path);
	const opened = new Map<string, Promise<PagefindModule>>();
	// Each call's number: a call that a later one overtook stops at its next step, so typing does
	// not queue searches of half-typed words (and their fragments) in front of the last one.
	let latest = 0;

	return async (query, selected, locale, page) => {
		const call = ++latest;
		const overtaken = () => call !== latest;
		// Only allow-listed facet names, and values as plain strings: Pagefind takes them as data, never as an expression.
		// Pagefind counts only the filters a search names: an unselected facet is named with `{ none: [] }`, which keeps every result.
		const filters = Object.fromEntries(FACETS.map((facet) => [facet, typeof selected[facet] === 'string' && selected[facet] ? selected[facet] : { none: [] }]));
		const words = queryWords(query, locale);
		if (words.length === 0) return { hits: [], total: 0, counts: {} };
		// A bundle for another script starts loading at the first keystroke in that script, not after the typing stops.
		const foreignScripts = SCRIPT_LANGUAGES.flatMap(([script, lang]) => {
			const bundle = others.find((candidate) => candidate.lang === lang);
			return bundle && lang !== locale && script.test(query) ? [{ script, lang, path: bundle.path }] : [];
		});
		for (const { lang, path } of foreignScripts) if (!opened.has(lang)) opened.set(lang, openBundle(path));
		const response = await pagefind.debouncedSearch(words.join(' '), { filters }, DEBOUNCE_MS);
		if (response === null) return null;
		// A half-typed word's first results are mostly the whole word's: their fragments are fetched even when the
		// call was overtaken, so the last call finds them cached; nothing else of an overtaken call runs.
		const prefetchAndStop = () => {
			for (const result of response.results.slice(0, RESULTS_PER_PAGE)) result.data().catch(() => undefined);
			return null;
		};
		if (overtaken()) return prefetchAndStop();
		// The other scripts' bundles are searched while the visitor's results are completed below.
		const foreignResults = Promise.all(
			foreignScripts.map(async ({ script, lang }) => {
				const foreign = await opened.get(lang)!;
				return overtaken() ? [] : (await foreign.search(words.filter((word) => script.test(word)).join(' '), { filters })).results;
			}),
		);
		foreignResults.catch(() => undefined);
		let results = response.results;
		// Every item is in the visitor's bundle once, so its counts are counts of items.
		let counts = response.filters ?? {};
		let searched = words;
		let corrected: string | undefined;
		// Words of another script cannot be corrected from this language's vocabulary.
		const correctable = words.some((word) => !foreignScripts.some(({ script }) => script.test(word)));
		if (results.length < ENOUGH && correctable) {
			// Pagefind has no typo tolerance: a word the library does not contain is replaced by its nearest known word (one edit),
			// and the corrected query is used when it finds anything: what the typed word matched was not that word.
			// The vocabulary is fetched only for such queries.
			const vocabulary = await loadVocabulary(primary.path);
			if (overtaken()) return null;
			const fixed = vocabulary ? words.map((word) => correctWord(word, vocabulary) ?? word) : words;
			if (fixed.some((word, index) => word !== words[index])) {
				const retry = await pagefind.search(fixed.join(' '), { filters });
				if (overtaken()) return null;
				if (retry.results.length > 0) {
					results = retry.results;
					counts = retry.filters ?? counts;
					searched = fixed;
					corrected = fixed.join(' ');
				}
			}
		}
		// Searching each word alone queues searches in Pagefind's worker: not for a query already overtaken.
		if (overtaken()) return prefetchAndStop();
		if (results.length < ENOUGH && searched.length > 1) results = [...results, ...(await partialMatches(pagefind, searched, filters, results))];
		if (overtaken()) return null;
		for (const found of await foreignResults) results = [...results, ...found];
		if (overtaken()) return prefetchAndStop();
		// Fragments (titles, excerpts) are fetched for the shown page only: at 2,000 offers a common word matches hundreds.
		const start = (Math.max(1, page) - 1) * RESULTS_PER_PAGE;
		const data = await Promise.all(results.slice(start, start + RESULTS_PER_PAGE).map((result) => result.data()));
		// One hit per item: its best-scoring language, preferring the visitor's own.
		const byItem = new Map<string, SearchHit>();
		for (const entry of data) {
			const itemId = entry.meta.itemId ?? '';
			const kind = entry.meta.kind ?? '';
			const segment = segments[kind];
			if (!segment || !isLocale(locale)) continue;
			const indexOnly = entry.meta.indexOnly === '1';
			const hit: SearchHit = {
				itemId,
				kind,
				lang: entry.meta.lang ?? locale,
				title: entry.meta.title ?? itemId,
				// An index-only record's content is facts and termbase equivalents: show the item's own summary instead.
				excerpt: indexOnly ? escapeHtml(entry.meta.summary ?? '') : entry.excerpt,
				url: itemPath(segment, locale, itemId),
				indexOnly,
			};
			const key = `${kind}:${itemId}`;
			const existing = byItem.get(key);
			if (!existing || better(hit, existing, locale)) byItem.set(key, hit);
		}
		return { hits: [...byItem.values()], total: results.length, counts, ...(corrected ? { corrected } : {}) };
	};
}

/**
 * Results that contain only some of the query's words, most words first, then by score: a
 * query with one word the offer does not use ("переработка литиевых аккумуляторов" against
 * "переработка аккумуляторов") still finds it, after the offers that contain every word.
 */
export async function partialMatches(pagefind: PagefindModule, words: readonly string[], filters: Record<string, unknown>, exclude: readonly PagefindResult[]): Promise<PagefindResult[]> {
	const seen = new Set(exclude.map((result) => result.id));
	const tally = new Map<string, { result: PagefindResult; words: number; score: number }>();
	for (const { results } of await Promise.all(words.map((word) => pagefind.search(word, { filters })))) {
		for (const result of results) {
			if (seen.has(result.id)) continue;
			const entry = tally.get(result.id) ?? { result, words: 0, score: 0 };
			entry.words += 1;
			entry.score += result.score;
			tally.set(result.id, entry);
		}
	}
	return [...tally.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((entry) => entry.result);
}
