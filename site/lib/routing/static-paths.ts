import { LOCALES, type Locale } from '../../../content/core/schema/locale.ts';

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localeStaticPaths(): { params: { locale: Locale } }[] {
	return LOCALES.map((locale) => ({ params: { locale } }));
}

/**
 * `getStaticPaths` entries for one page per item per locale: every item has a page in every
 * locale, whether or not it is translated (the page then shows fallback text with a notice).
 */
export function itemStaticPaths<T extends { id: string }>(items: readonly T[]): { params: { locale: Locale; id: string }; props: { item: T } }[] {
	return LOCALES.flatMap((locale) => items.map((item) => ({ params: { locale, id: item.id }, props: { item } })));
}
