/** The portal's languages, in the order they are offered to visitors. Free of dependencies: browser code imports it. */
export const LOCALES = ['zh', 'en', 'nb', 'ru'] as const;

export type Locale = (typeof LOCALES)[number];

/** Narrows any string to a portal locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
