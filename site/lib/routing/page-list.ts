import { KIND_NAMES } from '../../../content/core/kinds/index.ts';
import type { ContentModel } from '../../../content/core/model/build-model.ts';
import { listedItemsOf } from '../../../content/core/model/publication.ts';
import { translatedLocales } from '../../../content/core/model/resolve-text.ts';
import { LOCALES, type Locale } from '../../../content/core/schema/locales.ts';
import { itemPath, paths } from '../../../content/core/urls/paths.ts';
import { VOCABULARIES, codesOf } from '../../../content/core/vocabularies/index.ts';

/** A page that exists in every locale, and the locales its content is really written in. */
export interface LocalizedPage {
	pathFor: (locale: Locale) => string;
	translated: readonly Locale[];
}

/** Every indexable page of the site (the sitemap's source), each once with its locale variants. */
export function listLocalizedPages(model: ContentModel): LocalizedPage[] {
	const everywhere = (pathFor: (locale: Locale) => string): LocalizedPage => ({ pathFor, translated: LOCALES });
	return [
		everywhere(paths.home),
		...KIND_NAMES.map((name) => everywhere((locale) => paths.list(name, locale))),
		...codesOf(VOCABULARIES.sector).map((sector) => everywhere((locale) => paths.sector(locale, sector))),
		everywhere(paths.search),
		everywhere(paths.glossary),
		{ pathFor: paths.about, translated: translatedLocales(model.pages.about ?? {}) },
		...KIND_NAMES.flatMap((name) =>
			(listedItemsOf(model, name) as readonly { id: string; texts: object }[]).map((item) => ({ pathFor: (locale: Locale) => itemPath(name, locale, item.id), translated: translatedLocales(item.texts) })),
		),
	];
}
