import type { Locale } from '../../content/core/schema/locales.ts';

/** Where the Pagefind bundle of one language lives in the built site, e.g. `/pagefind/ru/`. */
export const bundlePath = (lang: Locale) => `/pagefind/${lang}/`;
