import type { Locale } from '../../content/core/schema/locale.ts';
import { RESOURCES } from './translator.ts';

/** A plural message for the browser: one template per CLDR plural category of the locale. */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * The raw templates of a plural key (`search.results`) for every plural category the locale
 * has, so an island picks the form with Intl.PluralRules instead of shipping i18next.
 */
export function pluralTemplates(key: string, locale: Locale): PluralTemplates {
	const path = key.split('.');
	const last = path.pop()!;
	let node: unknown = RESOURCES[locale];
	for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part];
	const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
	return Object.fromEntries(
		categories.map((category) => {
			const template = (node as Record<string, unknown> | undefined)?.[`${last}_${category}`];
			if (typeof template !== 'string') throw new Error(`${locale}.json has no "${key}_${category}"`);
			return [category, template];
		}),
	);
}
