import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fill, plural, type SearchMessages } from './messages.ts';
import type { Locale } from '../../../content/core/schema/locales.ts';
import type { MeilisearchConfig } from './meilisearch-client.ts';
import type { FacetFilters, KindSegments, SearchEngine, SearchHit } from './pagefind-client.ts';
import { createSearchEngine } from './search-engine.ts';
import { RESULTS_PER_PAGE } from '../../../search/meilisearch/index-settings.ts';

/** Page links go no further than this. */
const MAX_PAGE = 500;
import ShortlistToggleButton from '../shortlist/ShortlistToggleButton.tsx';

interface Option {
	code: string;
	label: string;
}

/** A facet as the page offers it: its URL parameter, its label and its values in the page's language. */
export interface FacetOptions {
	name: string;
	label: string;
	options: Option[];
}

interface Props {
	locale: string;
	/** Bundles to search: the page's language first. */
	bundles: { lang: string; path: string }[];
	/** The URL segment of each kind's pages. */
	segments: KindSegments;
	messages: SearchMessages;
	facets: FacetOptions[];
	/** The site's Meilisearch index (search-only key), or null to search the Pagefind bundles. */
	meilisearch: MeilisearchConfig | null;
	/** The market's fallback order, for results without a text in the visitor's language. */
	fallbackLocales: Locale[];
}

type Status = 'idle' | 'loading' | 'done' | 'error';

/** The query, filters and page a URL holds: only known facets, only known values, a page 1 to MAX_PAGE. */
function readUrl(facets: readonly FacetOptions[]): { query: string; selected: FacetFilters; page: number } {
	const params = new URLSearchParams(location.search);
	const selected: FacetFilters = {};
	for (const facet of facets) {
		const value = params.get(facet.name) ?? '';
		if (facet.options.some((option) => option.code === value)) selected[facet.name] = value;
	}
	const page = Number.parseInt(params.get('page') ?? '1', 10);
	return { query: (params.get('q') ?? '').slice(0, 200), selected, page: page >= 1 && page <= MAX_PAGE ? page : 1 };
}

/** The search's URL: `?q=…&sector=…&page=2` (page only past the first). */
function urlOf(query: string, selected: FacetFilters, page: number, facets: readonly FacetOptions[]): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const facet of facets) if (selected[facet.name]) params.set(facet.name, selected[facet.name]!);
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `?${search}` : location.pathname;
}

/**
 * Search of offers and cases: a plain GET form that JavaScript turns into instant search. Query
 * and filters live in the URL, so a search can be shared as a link; each filter change is a
 * history entry (back and forward work), typing replaces the current one.
 */
export default function SearchApp({ locale, bundles, segments, messages, facets, meilisearch, fallbackLocales }: Props) {
	const [query, setQuery] = useState('');
	const [selected, setSelected] = useState<FacetFilters>({});
	const [page, setPage] = useState(1);
	const [hits, setHits] = useState<SearchHit[]>([]);
	const [total, setTotal] = useState(0);
	const [counts, setCounts] = useState<Record<string, Record<string, number>>>({});
	const [status, setStatus] = useState<Status>('idle');
	const engine = useRef<SearchEngine | null>(null);
	const [fellBack, setFellBack] = useState(false);
	const [corrected, setCorrected] = useState<string | undefined>();
	const pendingPush = useRef(false);
	const idBase = useId();

	useEffect(() => {
		const apply = () => {
			const fromUrl = readUrl(facets);
			setQuery(fromUrl.query);
			setSelected(fromUrl.selected);
			setPage(fromUrl.page);
		};
		apply();
		addEventListener('popstate', apply);
		return () => removeEventListener('popstate', apply);
	}, []);

	useEffect(() => {
		const url = urlOf(query, selected, page, facets);
		const push = pendingPush.current;
		pendingPush.current = false;
		const syncUrl = () => {
			if (url === `${location.search || location.pathname}`) return;
			if (push) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		};
		// A filter or page change is a history entry at once; typing replaces the URL only when its results
		// are on screen: the URL then names what the page shows, and the browser does not rewrite history
		// (and fetch the page's icon again) on every keystroke.
		if (push) syncUrl();
		if (!query.trim()) {
			syncUrl();
			setHits([]);
			setTotal(0);
			setStatus('idle');
			return;
		}
		let cancelled = false;
		setStatus('loading');
		engine.current ??= createSearchEngine({ bundles, segments, meilisearch, fallbackLocales });
		engine
			.current(query, selected, locale, page)
			.then((outcome) => {
				if (cancelled || outcome === null) return;
				syncUrl();
				setHits(outcome.hits);
				setTotal(outcome.total);
				setCounts(outcome.counts);
				setFellBack(Boolean(outcome.fellBack));
				setCorrected(outcome.corrected);
				setStatus('done');
			})
			.catch((error: unknown) => {
				console.error(error);
				if (cancelled) return;
				syncUrl();
				setStatus('error');
			});
		return () => {
			cancelled = true;
		};
	}, [query, selected, page]);

	const pages = Math.min(MAX_PAGE, Math.ceil(total / RESULTS_PER_PAGE));
	const summary = useMemo(() => {
		if (status === 'loading') return messages.loading;
		if (status === 'error') return messages.error;
		if (status === 'idle') return messages.prompt;
		if (total === 0) return fill(messages.noResults, { query }, locale);
		const found = fill(plural(messages.results, locale, total), { count: total, query }, locale);
		return pages > 1 ? `${found}; ${fill(messages.pageStatus, { page, pages }, locale)}` : found;
	}, [status, hits, query, total, page]);

	const choose = (name: string, value: string) => {
		pendingPush.current = true;
		setPage(1);
		setSelected((current) => ({ ...current, [name]: value }));
	};
	const type = (value: string) => {
		setPage(1);
		setQuery(value);
	};
	const statusRef = useRef<HTMLParagraphElement>(null);
	/** A page link: a real link (it works in a new tab), handled here as a history entry; focus goes to the new results' status. */
	const goTo = (event: { preventDefault(): void }, target: number) => {
		event.preventDefault();
		pendingPush.current = true;
		setPage(target);
		statusRef.current?.focus();
	};
	const number = new Intl.NumberFormat(locale);

	return (
		<div className="search-app">
			<form role="search" method="get" className="search-form" onSubmit={(event) => event.preventDefault()}>
				<div className="search-field">
					<label htmlFor={`${idBase}q`}>{messages.label}</label>
					<input id={`${idBase}q`} name="q" type="search" value={query} maxLength={200} placeholder={messages.placeholder} autoComplete="off" aria-describedby={`${idBase}status`} onChange={(event) => type(event.target.value)} />
					<button type="submit">{messages.submit}</button>
				</div>
				<fieldset className="search-filters">
					<legend>{messages.filters}</legend>
					{facets.map((facet) => (
						<div className="search-filter" key={facet.name}>
							<label htmlFor={`${idBase}${facet.name}`}>{facet.label}</label>
							<select id={`${idBase}${facet.name}`} name={facet.name} value={selected[facet.name] ?? ''} onChange={(event) => choose(facet.name, event.target.value)}>
								<option value="">{messages.any}</option>
								{facet.options.map((option) => {
									const count = status === 'done' ? counts[facet.name]?.[option.code] : undefined;
									return (
										<option key={option.code} value={option.code}>
											{count === undefined ? option.label : `${option.label} (${number.format(count)})`}
										</option>
									);
								})}
							</select>
						</div>
					))}
				</fieldset>
			</form>
			{fellBack ? <p className="search-notice" role="note">{messages.engineFallback}</p> : null}
			{status === 'done' && corrected ? <p className="search-corrected" role="note">{fill(messages.corrected, { query: corrected }, locale)}</p> : null}
			<p id={`${idBase}status`} ref={statusRef} tabIndex={-1} className="search-status" role="status" aria-live="polite" data-state={status}>{summary}</p>
			<ol className="search-results" start={(page - 1) * RESULTS_PER_PAGE + 1}>
				{hits.map((hit) => (
					<li key={`${hit.kind}:${hit.itemId}`}>
						<article>
							<h2 lang={hit.lang}>
								<a href={hit.url}>{hit.title}</a>
							</h2>
							<p className="tags">
								<span>{messages.kind[hit.kind] ?? hit.kind}</span>
								{hit.lang !== locale ? <span className="tag-fallback">{fill(messages.inLanguage, { language: messages.languages[hit.lang] ?? hit.lang }, locale)}</span> : null}
								<span translate="no">{hit.itemId}</span>
							</p>
							<p lang={hit.lang} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
							{hit.kind === 'achievement' ? <ShortlistToggleButton id={hit.itemId} label={messages.shortlist} title={hit.title} lang={hit.lang} /> : null}
						</article>
					</li>
				))}
			</ol>
			{status === 'done' && pages > 1 ? (
				<nav className="search-pages" aria-label={messages.pages}>
					{page > 1 ? <a href={urlOf(query, selected, page - 1, facets)} rel="prev" onClick={(event) => goTo(event, page - 1)}>{messages.previous}</a> : null}
					<span>{fill(messages.pageStatus, { page, pages }, locale)}</span>
					{page < pages ? <a href={urlOf(query, selected, page + 1, facets)} rel="next" onClick={(event) => goTo(event, page + 1)}>{messages.next}</a> : null}
				</nav>
			) : null}
		</div>
	);
}
