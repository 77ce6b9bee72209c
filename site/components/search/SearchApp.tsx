import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fill, plural, type SearchMessages } from './messages.ts';
import type { Locale } from '../../../content/core/schema/locales.ts';
import type { MeilisearchConfig } from './meilisearch-client.ts';
import type { FacetFilters, KindSegments, SearchEngine, SearchHit } from './pagefind-client.ts';
import { createSearchEngine } from './search-engine.ts';
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

/** The query and filters a URL holds: only known facets, only known values. */
function readUrl(facets: readonly FacetOptions[]): { query: string; selected: FacetFilters } {
	const params = new URLSearchParams(location.search);
	const selected: FacetFilters = {};
	for (const facet of facets) {
		const value = params.get(facet.name) ?? '';
		if (facet.options.some((option) => option.code === value)) selected[facet.name] = value;
	}
	return { query: (params.get('q') ?? '').slice(0, 200), selected };
}

/**
 * Search of offers and cases: a plain GET form that JavaScript turns into instant search. Query
 * and filters live in the URL, so a search can be shared as a link; each filter change is a
 * history entry (back and forward work), typing replaces the current one.
 */
export default function SearchApp({ locale, bundles, segments, messages, facets, meilisearch, fallbackLocales }: Props) {
	const [query, setQuery] = useState('');
	const [selected, setSelected] = useState<FacetFilters>({});
	const [hits, setHits] = useState<SearchHit[]>([]);
	const [counts, setCounts] = useState<Record<string, Record<string, number>>>({});
	const [status, setStatus] = useState<Status>('idle');
	const engine = useRef<SearchEngine | null>(null);
	const [fellBack, setFellBack] = useState(false);
	const pendingPush = useRef(false);
	const idBase = useId();

	useEffect(() => {
		const apply = () => {
			const fromUrl = readUrl(facets);
			setQuery(fromUrl.query);
			setSelected(fromUrl.selected);
		};
		apply();
		addEventListener('popstate', apply);
		return () => removeEventListener('popstate', apply);
	}, []);

	useEffect(() => {
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		for (const facet of facets) if (selected[facet.name]) params.set(facet.name, selected[facet.name]!);
		const search = params.toString();
		const url = search ? `?${search}` : location.pathname;
		if (url !== `${location.search || location.pathname}`) {
			if (pendingPush.current) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		}
		pendingPush.current = false;
		if (!query.trim()) {
			setHits([]);
			setStatus('idle');
			return;
		}
		let cancelled = false;
		setStatus('loading');
		engine.current ??= createSearchEngine({ bundles, segments, meilisearch, fallbackLocales });
		engine
			.current(query, selected, locale)
			.then((outcome) => {
				if (cancelled || outcome === null) return;
				setHits(outcome.hits);
				setCounts(outcome.counts);
				setFellBack(Boolean(outcome.fellBack));
				setStatus('done');
			})
			.catch((error: unknown) => {
				console.error(error);
				if (!cancelled) setStatus('error');
			});
		return () => {
			cancelled = true;
		};
	}, [query, selected]);

	const summary = useMemo(() => {
		if (status === 'loading') return messages.loading;
		if (status === 'error') return messages.error;
		if (status === 'idle') return messages.prompt;
		if (hits.length === 0) return fill(messages.noResults, { query }, locale);
		return fill(plural(messages.results, locale, hits.length), { count: hits.length, query }, locale);
	}, [status, hits, query]);

	const choose = (name: string, value: string) => {
		pendingPush.current = true;
		setSelected((current) => ({ ...current, [name]: value }));
	};
	const number = new Intl.NumberFormat(locale);

	return (
		<div className="search-app">
			<form role="search" method="get" className="search-form" onSubmit={(event) => event.preventDefault()}>
				<div className="search-field">
					<label htmlFor={`${idBase}q`}>{messages.label}</label>
					<input id={`${idBase}q`} name="q" type="search" value={query} maxLength={200} placeholder={messages.placeholder} autoComplete="off" aria-describedby={`${idBase}status`} onChange={(event) => setQuery(event.target.value)} />
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
			<p id={`${idBase}status`} className="search-status" role="status" aria-live="polite" data-state={status}>{summary}</p>
			<ol className="search-results">
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
		</div>
	);
}
