import type { SearchFacts } from '../../content/core/kinds/index.ts';
import type { Locale } from '../../content/core/schema/locales.ts';

/**
 * One item in one language, as every search engine receives it. Built from the content model
 * and the termbase only; engines (Pagefind, Meilisearch) map it to their own records.
 */
export interface SearchDocument extends Omit<SearchFacts, 'text'> {
	/** Unique per item and language: `achievement:to-0007:ru`. */
	id: string;
	/** The item's kind (`achievement`, `case`: content/core/kinds/). */
	kind: string;
	itemId: string;
	/** The language this document is searched in. */
	lang: Locale;
	/**
	 * The language of the title and summary shown. Equals `lang` for a real translation; for an
	 * index-only document (an item with no text in `lang`) it is the fallback text's language.
	 */
	textLang: Locale;
	/**
	 * True for an index-only document: an item that has no text in `lang`, searchable in `lang`
	 * through its facts spelled out in `lang` and the termbase's equivalents of its concepts.
	 * Engines must show its summary, never its content.
	 */
	indexOnly: boolean;
	/** The page of the item in `lang`, e.g. `/ru/achievements/to-0007/`. */
	url: string;
	title: string;
	summary: string;
	/** Plain text searched in `lang`: body and facts spelled out (real), or facts and equivalents (index-only). */
	content: string;
	/**
	 * Index-only equivalents, by language, of every termbase concept found in the text: a Russian
	 * query for a Chinese-only offer matches them. Never shown.
	 */
	terms: Partial<Record<Locale, string[]>>;
	/** Ids of the termbase concepts found in the text. */
	concepts: string[];
}
