import type { z } from 'zod';
import type { Item } from '../model/item.ts';
import type { Locale } from '../schema/locales.ts';

/** An item as one page shows it: the locale of the page and the text it shows. */
export interface ShownItem {
	locale: Locale;
	/** The language the shown text is in (the page's, or a fallback). */
	lang: Locale;
	title: string;
	summary: string;
	siteUrl: string;
	/** Resolves a proper name in the page's language along the market's fallback order. */
	nameIn: (names: Partial<Record<Locale, string>>) => string;
}

/** The searchable words of one text of an item: what is shown in results, and the rest of its fields. */
export interface SearchText {
	title: string;
	/** The line shown under the title in results. */
	summary: string;
	/** Other text fields worth finding (the body is added by the search documents). */
	text: string[];
}

/** An item's facts for search in one language: spelled out (labels, names, numbers) and as facets. */
export interface SearchFacts {
	/** Facts spelled out in the language, proper names along the fallback order, ids and numbers. */
	text: string[];
	sector?: string;
	modes: string[];
	trl?: number;
	ipStatus?: string;
	country?: string;
	/** ISO date used for sorting, newest first. */
	date: string;
}

/**
 * Everything the portal needs to know about one kind of item. The collections, routes, sitemap,
 * feeds, search documents and JSON-LD are derived from these descriptors (content/core/kinds/index.ts).
 */
export interface ItemKind<Facts extends { sourceLocale: Locale }, Text> {
	/** Singular name, used in search documents and the search island: `achievement`. */
	name: string;
	/** Folder under content/, collection name and URL segment: `achievements`. */
	folder: string;
	facts: z.ZodType<Facts, unknown>;
	text: z.ZodType<Text, unknown>;
	/** Listing order: negative when `a` is listed before `b`. */
	compare(a: Item<Facts, Text>, b: Item<Facts, Text>): number;
	/** Items of other kinds this one names, each checked to exist. */
	references(facts: Facts): { field: string; folder: string; ids: readonly string[] }[];
	/** Image files in the item folder, with the field naming each. */
	images(facts: Facts): { field: string; src: string }[];
	/** False for kinds search leaves out (collections); every other kind is searched. */
	searched?: boolean;
	/** The searchable words of one of its texts. */
	searchText(text: Text): SearchText;
	/** Its facts for search in a language: needs no text in that language, so an untranslated item can be found too. */
	searchFacts(item: Item<Facts, Text>, lang: Locale, nameIn: (names: Partial<Record<Locale, string>>) => string): SearchFacts;
	/** schema.org data for its page. */
	jsonLd(item: Item<Facts, Text>, shown: ShownItem): Record<string, unknown>;
	/** The date an item enters the site's RSS feed under; undefined for kinds the feed leaves out. */
	feedDate?: (item: Item<Facts, Text>) => Date;
}

/** Orders by a date or year, newest first, then by id, so every page lists items the same way. */
export function newestFirst<T extends { id: string }>(time: (item: T) => number) {
	return (a: T, b: T) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
