import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { fill, plural, type SearchMessages } from './messages.ts';
import { loadSearchEngine, type KindSegments, type SearchHit, type SearchEngine } from './pagefind-client.ts';

interface Option {
	code: string;
	label: string;
}

interface Props {
	locale: string;
	/** Bundles to search: the page's language first. */
	bundles: { lang: string; path: string; weight: number }[];
	/** The URL segment of each kind's pages. */
	segments: KindSegments;
	messages: SearchMessages;
	sectors: Option[];
	modes: Option[];
	initialQuery?: string;
}

type Status = 'idle' | 'loading' | 'done' | 'error';

/** Search of offers and cases: a plain GET form that JavaScript turns into instant search. */
export default function SearchApp({ locale, bundles, segments, messages, sectors, modes, initialQuery = '' }: Props) {
	const [query, setQuery] = useState(initialQuery);
	const [sector, setSector] = useState('');
	const [mode, setMode] = useState('');
	const [hits, setHits] = useState<SearchHit[]>([]);
	const [status, setStatus] = useState<Status>('idle');
	const engine = useRef<Promise<SearchEngine> | null>(null);
	const ids = { q: useId(), sector: useId(), mode: useId(), status: useId() };

	useEffect(() => {
		const fromUrl = new URLSearchParams(location.search);
		setQuery(fromUrl.get('q') ?? '');
		setSector(fromUrl.get('sector') ?? '');
		setMode(fromUrl.get('mode') ?? '');
	}, []);

	useEffect(() => {
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		if (sector) params.set('sector', sector);
		if (mode) params.set('mode', mode);
		const search = params.toString();
		history.replaceState(null, '', search ? `?${search}` : location.pathname);
		if (!query.trim()) {
			setHits([]);
			setStatus('idle');
			return;
		}
		let cancelled = false;
		setStatus('loading');
		engine.current ??= loadSearchEngine(bundles, segments);
		engine.current
			.then((search) => search(query, { sector, mode }, locale))
			.then((results) => {
				if (cancelled || results === null) return;
				setHits(results);
				setStatus('done');
			})
			.catch((error: unknown) => {
				console.error(error);
				if (!cancelled) setStatus('error');
			});
		return () => {
			cancelled = true;
		};
	}, [query, sector, mode]);

	const summary = useMemo(() => {
		if (status === 'loading') return messages.loading;
		if (status === 'error') return messages.error;
		if (status === 'idle') return messages.prompt;
		if (hits.length === 0) return fill(messages.noResults, { query }, locale);
		return fill(plural(messages.results, locale, hits.length), { count: hits.length, query }, locale);
	}, [status, hits, query]);

	return (
		<div className="search-app">
			<form role="search" method="get" className="search-form" onSubmit={(event) => event.preventDefault()}>
				<div className="search-field">
					<label htmlFor={ids.q}>{messages.label}</label>
					<input id={ids.q} name="q" type="search" value={query} placeholder={messages.placeholder} autoComplete="off" aria-describedby={ids.status} onChange={(event) => setQuery(event.target.value)} />
					<button type="submit">{messages.submit}</button>
				</div>
				<fieldset className="search-filters">
					<legend>{messages.filters}</legend>
					<label htmlFor={ids.sector}>{messages.sector}</label>
					<select id={ids.sector} name="sector" value={sector} onChange={(event) => setSector(event.target.value)}>
						<option value="">{messages.any}</option>
						{sectors.map((option) => (
							<option key={option.code} value={option.code}>{option.label}</option>
						))}
					</select>
					<label htmlFor={ids.mode}>{messages.mode}</label>
					<select id={ids.mode} name="mode" value={mode} onChange={(event) => setMode(event.target.value)}>
						<option value="">{messages.any}</option>
						{modes.map((option) => (
							<option key={option.code} value={option.code}>{option.label}</option>
						))}
					</select>
				</fieldset>
			</form>
			<p id={ids.status} className="search-status" role="status" aria-live="polite" data-state={status}>{summary}</p>
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
						</article>
					</li>
				))}
			</ol>
		</div>
	);
}
