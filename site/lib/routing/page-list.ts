import type { ContentModel } from '../../../content/model/build-model.ts';
import { translatedLocales } from '../../../content/model/resolve-text.ts';
import { LOCALES, type Locale } from '../../../content/schema/locale.ts';
import { SECTORS, codesOf } from '../../../content/vocabularies/index.ts';
import { paths } from '../../i18n/paths.ts';

/** A page that exists in every locale, and the locales its content is really written in. */
export interface LocalizedPage {
	pathFor: (locale: Locale) => string;
	translated: readonly Locale[];
}

/** Every indexable page of the site (the sitemap's source), each once with its locale variants. */
export function listLocalizedPages(model: ContentModel<unknown>): LocalizedPage[] {
	const everywhere = (pathFor: (locale: Locale) => string): LocalizedPage => ({ pathFor, translated: LOCALES });
	return [
		everywhere(paths.home),
		everywhere(paths.achievements),
		...codesOf(SECTORS).map((sector) => everywhere((locale) => paths.sector(locale, sector))),
		everywhere(paths.cases),
		everywhere(paths.search),
		{ pathFor: paths.about, translated: translatedLocales(model.pages.about ?? {}) },
		...model.achievements.map((item) => ({ pathFor: (locale: Locale) => paths.achievement(locale, item.id), translated: translatedLocales(item.texts) })),
		...model.cases.map((item) => ({ pathFor: (locale: Locale) => paths.case(locale, item.id), translated: translatedLocales(item.texts) })),
	];
}
