import type { PluralTemplates } from '../../i18n/island-strings.ts';

/** Everything the search island says, resolved on the server in the page's language. */
export interface SearchMessages {
	label: string;
	placeholder: string;
	submit: string;
	filters: string;
	any: string;
	results: PluralTemplates;
	noResults: string;
	loading: string;
	prompt: string;
	error: string;
	/** Each kind's name, by the kind name search records carry. */
	kind: Record<string, string>;
	inLanguage: string;
	/** Shown when the search server did not answer and the built-in index answered instead. */
	engineFallback: string;
	/** "Showing results for “{{query}}”": the query corrected for a typo. */
	corrected: string;
	/** The label of the page links, their words, and "page 2 of 7". */
	pages: string;
	previous: string;
	next: string;
	pageStatus: string;
	/** Language names in the page's language, by code. */
	languages: Record<string, string>;
	/** The label of the shortlist toggle on each offer. */
	shortlist: string;
}

/**
 * Replaces i18next-style placeholders: `{{name}}`, and `{{name, number}}` formatted for the locale.
 * @example fill('{{count, number}} results', { count: 2000 }, 'ru') // '2 000 results'
 */
export function fill(template: string, values: Record<string, string | number>, locale: string): string {
	return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(number))?\s*\}\}/g, (match, name: string, format?: string) => {
		if (!(name in values)) return match;
		const value = values[name]!;
		return format === 'number' && typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
	});
}

/** Picks the plural form for a count with the browser's CLDR rules. */
export function plural(templates: PluralTemplates, locale: string, count: number): string {
	const category = new Intl.PluralRules(locale).select(count);
	return templates[category] ?? templates.other ?? '';
}
