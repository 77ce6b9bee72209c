import { LOCALES, type Locale } from '../schema/locales.ts';

/**
 * The languages to try for a visitor, best first: theirs, then the configured fallbacks, then the rest.
 * @example fallbackChain('nb', ['en', 'zh']) // ['nb', 'en', 'zh', 'ru']
 */
export function fallbackChain(locale: Locale, fallbackLocales: readonly Locale[]): Locale[] {
	return [...new Set<Locale>([locale, ...fallbackLocales, ...LOCALES])];
}

export interface Resolved<T> {
	value: T;
	/** The language the value is really in. */
	lang: Locale;
	/** True when the value is not in the visitor's language. */
	isFallback: boolean;
}

/** Picks the best available translation for a visitor; undefined only when there is none at all. */
export function resolveLocalized<T>(
	values: Partial<Record<Locale, T>>,
	locale: Locale,
	fallbackLocales: readonly Locale[],
): Resolved<T> | undefined {
	return pickFrom(values, fallbackChain(locale, fallbackLocales), locale);
}

/** The first value along an already computed fallback chain (pages resolve thousands of names with one chain). */
export function pickFrom<T>(values: Partial<Record<Locale, T>>, chain: readonly Locale[], locale: Locale): Resolved<T> | undefined {
	for (const lang of chain) {
		const value = values[lang];
		if (value !== undefined) return { value, lang, isFallback: lang !== locale };
	}
	return undefined;
}

/** The languages an item is really written in, in portal order. */
export function translatedLocales(values: Partial<Record<Locale, unknown>>): Locale[] {
	return LOCALES.filter((locale) => values[locale] !== undefined);
}
