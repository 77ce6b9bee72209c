import type { LocalizedName } from '../../../content/schema/fields.ts';
import type { Item, LocalizedText } from '../../../content/model/build-model.ts';
import { resolveLocalized, translatedLocales, type Resolved } from '../../../content/model/resolve-text.ts';
import { readMarket } from '../../../content/model/read-market.ts';
import type { Locale } from '../../../content/schema/locale.ts';

/** An item as a visitor in one locale sees it: the best text, its real language, and the real translations. */
export interface ItemView<Facts, Text, Ref> {
	item: Item<Facts, Text, Ref>;
	text: LocalizedText<Text, Ref>;
	/** The language the text is really in (for `lang` attributes). */
	lang: Locale;
	isFallback: boolean;
	/** Locales with a real translation: the only ones named in hreflang. */
	translated: Locale[];
}

/** Shows an item in a locale, falling back along the market's configured order. */
export function viewItem<Facts, Text, Ref>(item: Item<Facts, Text, Ref>, locale: Locale): ItemView<Facts, Text, Ref> {
	const resolved = resolveLocalized(item.texts, locale, readMarket().fallbackLocales);
	// buildContentModel guarantees the source-language text, so there is always one.
	if (!resolved) throw new Error(`${item.id} has no text in any language`);
	return { item, text: resolved.value, lang: resolved.lang, isFallback: resolved.isFallback, translated: translatedLocales(item.texts) };
}

/** A proper name (institution, party) in the best language available. */
export function nameIn(names: LocalizedName, locale: Locale): Resolved<string> {
	const resolved = resolveLocalized(names, locale, readMarket().fallbackLocales);
	if (!resolved) throw new Error('a name map without any name');
	return resolved;
}
