import { collectionFactsSchema, collectionTextSchema, type CollectionFacts, type CollectionText } from '../schema/collection.ts';
import { absoluteUrl, itemPath, paths } from '../urls/paths.ts';
import { newestFirst, type ItemKind } from './item-kind.ts';

/**
 * Curated collections, ordered lists of offers that staff put together for a delegation or an
 * event: `content/collections/<id>/`, `/{locale}/collections/{id}/`. A kind like offers and
 * cases (same reader, check, fallback, sitemap), but left out of search: its offers are found
 * themselves, and a collection is a reading list, not a result.
 */
export const collectionKind: ItemKind<CollectionFacts, CollectionText> = {
	name: 'collection',
	folder: 'collections',
	facts: collectionFactsSchema,
	text: collectionTextSchema,
	compare: newestFirst((item) => item.facts.published.getTime()),
	references: (facts) => [{ field: 'offers', folder: 'achievements', ids: facts.offers }],
	images: () => [],
	searched: false,
	searchText: (text) => ({ title: text.title, summary: text.summary, text: [text.summary] }),
	searchFacts: (item) => ({ text: [item.id, ...item.facts.offers], modes: [], date: item.facts.published.toISOString().slice(0, 10) }),
	jsonLd: (item, shown) => ({
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		identifier: item.id,
		name: shown.title,
		description: shown.summary,
		inLanguage: shown.lang,
		url: absoluteUrl(itemPath('collections', shown.locale, item.id), shown.siteUrl),
		itemListOrder: 'https://schema.org/ItemListOrderAscending',
		itemListElement: item.facts.offers.map((id, index) => ({ '@type': 'ListItem', position: index + 1, url: absoluteUrl(paths.achievement(shown.locale, id), shown.siteUrl) })),
	}),
};
