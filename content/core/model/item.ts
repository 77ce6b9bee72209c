import type { Locale } from '../schema/locales.ts';

/** The words of an item (or page) in one language, as its file gives them. */
export interface LocalizedText<Text> {
	locale: Locale;
	data: Text;
	/** The Markdown body. */
	body: string;
	/** Path shown to authors, e.g. `content/achievements/to-0007/en.md`. */
	file: string;
	/** The body as sanitised HTML; set by the site's content loader, absent in scripts. */
	html?: string;
}

export type Texts<Text> = Partial<Record<Locale, LocalizedText<Text>>>;

/** One item of a kind (an offer, a case): its facts, written once, and its texts per language. */
export interface Item<Facts, Text> {
	id: string;
	facts: Facts;
	/** The facts file, e.g. `content/achievements/to-0007/index.md`. */
	file: string;
	texts: Texts<Text>;
}
