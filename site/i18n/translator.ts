import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../content/core/schema/locale.ts';
import en from './resources/en.json';
import nb from './resources/nb.json';
import ru from './resources/ru.json';
import zh from './resources/zh.json';

/** UI strings per locale; en.json is the reference every other file must match. */
export const RESOURCES = { zh, en, nb, ru } satisfies Record<Locale, unknown>;

const translators = new Map<Locale, TFunction>();

/** The `t` function for a locale: one i18next instance per locale, created once, never shared. */
export function getTranslator(locale: Locale): TFunction {
	let t = translators.get(locale);
	if (!t) {
		t = memoizeStaticStrings(createTranslator(locale, RESOURCES[locale]));
		translators.set(locale, t);
	}
	return t;
}

/** A fresh i18next `t` over one locale's strings; a missing key shows the key, never another language. */
export function createTranslator(locale: Locale, strings: object): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		// A missing key must be visible in review, not silently English: tests keep the files complete.
		fallbackLng: false,
		resources: { [locale]: { translation: strings } },
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	return instance.t.bind(instance) as TFunction;
}

/**
 * Caches lookups whose options are plain values (labels, headings, "TRL 7: …", counts: nearly
 * every call on a page). i18next resolves every call from scratch; on the 8,000-page benchmark
 * that was a third of the rendering time.
 */
function memoizeStaticStrings(t: TFunction): TFunction {
	const cache = new Map<string, string>();
	const lookup = t as unknown as (...args: unknown[]) => string;
	const memoized = (key: unknown, ...rest: unknown[]) => {
		const cacheKey = typeof key === 'string' && rest.length <= 1 ? plainCallKey(key, rest[0]) : undefined;
		if (cacheKey === undefined) return lookup(key, ...rest);
		let value = cache.get(cacheKey);
		if (value === undefined) {
			value = lookup(key, ...rest);
			cache.set(cacheKey, value);
		}
		return value;
	};
	return memoized as unknown as TFunction;
}

/** A cache key for a call whose options are absent or a flat record of plain values; else undefined. */
function plainCallKey(key: string, options: unknown): string | undefined {
	if (options === undefined) return key;
	if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
	let cacheKey = key;
	for (const name in options) {
		const value = (options as Record<string, unknown>)[name];
		const type = typeof value;
		if (value !== null && type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
		// The type letter keeps 1 and "1" apart: i18next picks plurals only for numbers.
		cacheKey += `\u0000${name}\u0001${value === null ? 'n' : type[0]}${String(value)}`;
	}
	return cacheKey;
}
