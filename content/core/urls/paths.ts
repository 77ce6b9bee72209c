import type { Locale } from '../schema/locales.ts';

/**
 * The one place URL shapes are spelled. URLs are a public contract (printed dossiers, emails,
 * partners' links): every page URL is `/{locale}/.../` with a trailing slash. Free of
 * dependencies, so the search island imports it too.
 * @example localePath('ru', 'achievements', 'to-0007') // '/ru/achievements/to-0007/'
 */
export function localePath(locale: Locale, ...segments: string[]): string {
	return `/${[locale, ...segments].map(encodeURIComponent).join('/')}/`;
}

/** The page of one item: `/{locale}/{segment}/{id}/`, where the segment is its kind's (see content/core/kinds/). */
export const itemPath = (segment: string, locale: Locale, id: string) => localePath(locale, segment, id);

export const paths = {
	home: (locale: Locale) => localePath(locale),
	/** The listing of a kind, e.g. `/en/achievements/`. */
	list: (segment: string, locale: Locale) => localePath(locale, segment),
	achievements: (locale: Locale) => localePath(locale, 'achievements'),
	achievement: (locale: Locale, id: string) => itemPath('achievements', locale, id),
	sector: (locale: Locale, sector: string) => localePath(locale, 'achievements', 'sector', sector),
	cases: (locale: Locale) => localePath(locale, 'cases'),
	case: (locale: Locale, id: string) => itemPath('cases', locale, id),
	search: (locale: Locale) => localePath(locale, 'search'),
	about: (locale: Locale) => localePath(locale, 'about'),
	glossary: (locale: Locale) => localePath(locale, 'glossary'),
	notFound: (locale: Locale) => localePath(locale, '404'),
	/** Staff pages: built in every locale, linked from nowhere public, kept out of the sitemap, search and robots. */
	staffTranslations: (locale: Locale) => localePath(locale, 'staff', 'translations'),
	/** The prefix of every staff page, for robots.txt. */
	staffPrefix: (locale: Locale) => `/${locale}/staff/`,
	feed: (locale: Locale) => `/${locale}/rss.xml`,
	/** The visitor's shortlist of offers, kept in the browser; `?ids=a,b` opens a shared one, `?add=a,b` adds to it. */
	shortlist: (locale: Locale) => localePath(locale, 'shortlist'),
	/** The printable dossier of a selection of offers: `/{locale}/shortlist/dossier/?ids=a,b`. */
	shortlistDossier: (locale: Locale, ids: readonly string[] = []) => `${localePath(locale, 'shortlist', 'dossier')}${ids.length ? `?ids=${ids.map(encodeURIComponent).join(',')}` : ''}`,
	/** Curated collections of offers (content/collections/): the index, and one collection. */
	collections: (locale: Locale) => localePath(locale, 'collections'),
	collection: (locale: Locale, id: string) => itemPath('collections', locale, id),
	/** Print-ready dossiers of one offer and of one collection (the shortlist's is `shortlistDossier`). */
	achievementDossier: (locale: Locale, id: string) => `${itemPath('achievements', locale, id)}dossier/`,
	collectionDossier: (locale: Locale, id: string) => `${itemPath('collections', locale, id)}dossier/`,
	/** The shortlist page adding several offers at once (the shortlist page reads `add`). */
	shortlistAdd: (locale: Locale, ids: readonly string[]) => `${localePath(locale, 'shortlist')}?add=${ids.map(encodeURIComponent).join(',')}`,
	/** The dossiers' page margins (running header, page numbers) for every language, generated from market.yaml and the UI strings. */
	dossierMargins: () => '/dossier/page-margins.css',
	/** The open catalogue of published offers in one language, for partners: `/{locale}/achievements.json`. */
	catalogue: (locale: Locale) => `/${locale}/achievements.json`,
	/** Images kept next to an item in content/, published under `/media/`. */
	media: (segment: string, id: string, file: string) => `/media/${segment}/${id}/${file}`,
};

/** An absolute URL on the deployed site, for canonical links, feeds and emails. */
export function absoluteUrl(path: string, siteUrl: string): string {
	return new URL(path, siteUrl).href;
}
