import type { Item, LocalizedText } from '../../../content/core/model/item.ts';
import { fallbackChain, pickFrom, translatedLocales, type Resolved } from '../../../content/core/model/resolve-text.ts';
import type { LocalizedName } from '../../../content/core/schema/fields.ts';
import type { Locale } from '../../../content/core/schema/locales.ts';

/** An item as a visitor in one locale sees it: the best text, its real language, and the real translations. */
export interface ItemView<Facts, Text> {
	item: Item<Facts, Text>;
	text: LocalizedText<Text>;
	/** The language the text is really in (for `lang` attributes). */
	lang: Locale;
	isFallback: boolean;
	/** Locales with a real translation: the only ones named in hreflang. */
	translated: Locale[];
}

/** How one page picks languages: the page's locale, then the market's fallback order. */
export interface Localizer {
	/** Shows an item in the page's locale, falling back along the market's order. */
	item<Facts, Text>(item: Item<Facts, Text>): ItemView<Facts, Text>;
	/** A proper name (institution, party) in the best language available. */
	name(names: LocalizedName): Resolved<string>;
}

/** The localizer of a page: set once per request on `Astro.locals.localize` by the middleware. */
export function createLocalizer(locale: Locale, fallbackLocales: readonly Locale[]): Localizer {
	const chain = fallbackChain(locale, fallbackLocales);
	return {
		item(item) {
			const resolved = pickFrom(item.texts, chain, locale);
			// The content model guarantees the source-language text, so there is always one.
			if (!resolved) throw new Error(`${item.id} has no text in any language`);
			return { item, text: resolved.value, lang: resolved.lang, isFallback: resolved.isFallback, translated: translatedLocales(item.texts) };
		},
		name(names) {
			const resolved = pickFrom(names, chain, locale);
			if (!resolved) throw new Error('a name map without any name');
			return resolved;
		},
	};
}

/** The sanitised HTML of a text as the content loader rendered it. */
export function htmlOf(text: LocalizedText<unknown>): string {
	if (text.html === undefined) throw new Error(`${text.file} was not rendered: is it read through the content collections?`);
	return text.html;
}
