import { KIND_NAMES } from '../kinds/index.ts';
import { itemsOf, type ContentModel } from '../model/build-model.ts';
import { LOCALES, type Locale } from '../schema/locales.ts';

/** How much of the content one language has: items and pages with a file in it, and the ones without. */
export interface LanguageCoverage {
	locale: Locale;
	translated: number;
	total: number;
	/** `achievements/to-0011`, `pages/about` … */
	missing: string[];
}

/** The translation coverage of every portal language, items of every kind and pages counted alike. */
export function translationCoverage(model: ContentModel): LanguageCoverage[] {
	const entries = [
		...KIND_NAMES.flatMap((name) => itemsOf(model, name).map((item) => ({ name: `${name}/${item.id}`, texts: item.texts as object }))),
		...Object.entries(model.pages).map(([page, texts]) => ({ name: `pages/${page}`, texts: texts as object })),
	];
	return LOCALES.map((locale) => {
		const missing = entries.filter((entry) => !(locale in entry.texts)).map((entry) => entry.name);
		return { locale, translated: entries.length - missing.length, total: entries.length, missing };
	});
}
