import type { PluralTemplates } from '../../i18n/island-strings.ts';

/** Everything the search island says, resolved on the server in the page's language. */
export interface SearchMessages {
	label: string;
	placeholder: string;
	submit: string;
	filters: string;
	sector: string;
	mode: string;
	any: string;
	results: PluralTemplates;
	noResults: string;
	loading: string;
	prompt: string;
	error: string;
	kind: { achievement: string; case: string };
	inLanguage: string;
	/** Language names in the page's language, by code. */
	languages: Record<string, string>;
}

/** Replaces `{{name}}` placeholders in a template. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** Picks the plural form for a count with the browser's CLDR rules. */
export function plural(templates: PluralTemplates, locale: string, count: number): string {
	const category = new Intl.PluralRules(locale).select(count);
	return templates[category] ?? templates.other ?? '';
}
