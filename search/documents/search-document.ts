import type { Locale } from '../../content/core/schema/locale.ts';

/**
 * One item in one language, as every search engine receives it. Built from the content model
 * only; engines (Pagefind now, Meilisearch next) map it to their own records.
 */
export interface SearchDocument {
	/** Unique per item and language: `achievement:to-0007:ru`. */
	id: string;
	/** The item's kind (`achievement`, `case`: content/core/kinds/). */
	kind: string;
	itemId: string;
	/** The language the text is written in (only real translations become documents). */
	lang: Locale;
	/** The page of this text, e.g. `/ru/achievements/to-0007/`. */
	url: string;
	title: string;
	summary: string;
	/** Plain text: body, plus facts spelled out in this language so "licence" or "лицензия" matches. */
	content: string;
	sector?: string;
	/** Cooperation modes sought (achievements) or used (cases). */
	modes: string[];
	trl?: number;
	country?: string;
	/** ISO date used for sorting, newest first. */
	date: string;
}
