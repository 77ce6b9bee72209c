import type { Locale } from '../../content/schema/locale.ts';

/**
 * The site-relative URL of a page in a locale. URLs are a public contract (printed
 * dossiers, emails): every page URL is `/{locale}/.../` with a trailing slash.
 * @example localePath('ru', 'achievements', 'to-0007') // '/ru/achievements/to-0007/'
 */
export function localePath(locale: Locale, ...segments: string[]): string {
	return `/${[locale, ...segments].map(encodeURIComponent).join('/')}/`;
}

export const paths = {
	home: (locale: Locale) => localePath(locale),
	achievements: (locale: Locale) => localePath(locale, 'achievements'),
	achievement: (locale: Locale, id: string) => localePath(locale, 'achievements', id),
	sector: (locale: Locale, sector: string) => localePath(locale, 'achievements', 'sector', sector),
	cases: (locale: Locale) => localePath(locale, 'cases'),
	case: (locale: Locale, id: string) => localePath(locale, 'cases', id),
	search: (locale: Locale) => localePath(locale, 'search'),
	about: (locale: Locale) => localePath(locale, 'about'),
	feed: (locale: Locale) => `/${locale}/rss.xml`,
};

/** An absolute URL on the deployed site, for canonical links, feeds and emails. */
export function absoluteUrl(path: string, siteUrl: string): string {
	return new URL(path, siteUrl).href;
}
