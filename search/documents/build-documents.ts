import { KIND_NAMES, kindOf } from '../../content/core/kinds/index.ts';
import type { ContentModel } from '../../content/core/model/build-model.ts';
import type { Item } from '../../content/core/model/item.ts';
import { pickFrom, fallbackChain, translatedLocales } from '../../content/core/model/resolve-text.ts';
import type { Locale } from '../../content/core/schema/locales.ts';
import { itemPath } from '../../content/core/urls/paths.ts';
import { markdownToText } from './markdown-text.ts';
import type { SearchDocument } from './search-document.ts';

/**
 * Every real translation of every item of every kind, as search documents. Proper names
 * missing in a document's language are taken along the market's fallback order.
 */
export function buildSearchDocuments(model: ContentModel, fallbackLocales: readonly Locale[]): SearchDocument[] {
	return KIND_NAMES.flatMap((name) => {
		const kind = kindOf(name);
		return (model[name] as Item<{ sourceLocale: Locale }, unknown>[]).flatMap((item) =>
			translatedLocales(item.texts).map((lang): SearchDocument => {
				const chain = fallbackChain(lang, fallbackLocales);
				const fields = kind.searchFields(item, lang, (names) => pickFrom(names, chain, lang)?.value ?? '');
				const { title, summary, text, ...facets } = fields;
				return {
					id: `${kind.name}:${item.id}:${lang}`,
					kind: kind.name,
					itemId: item.id,
					lang,
					url: itemPath(kind.folder, lang, item.id),
					title,
					summary,
					content: [title, ...text, markdownToText(item.texts[lang]!.body)].filter(Boolean).join('\n'),
					...facets,
				};
			}),
		);
	});
}
