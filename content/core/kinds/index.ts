import type { Item } from '../model/item.ts';
import { achievementKind } from './achievements.ts';
import { caseKind } from './cases.ts';
import { collectionKind } from './collections.ts';
import type { ItemKind } from './item-kind.ts';

/**
 * The registry of item kinds, by folder. Adding a kind is adding its descriptor here (and its
 * schemas) plus its pages' templates under site/pages/[locale]/<folder>/.
 */
export const KINDS = {
	achievements: achievementKind,
	cases: caseKind,
	collections: collectionKind,
} as const;

export type KindName = keyof typeof KINDS;
export type ItemOf<K extends KindName> = (typeof KINDS)[K] extends ItemKind<infer Facts, infer Text> ? Item<Facts, Text> : never;

/** Every kind's folder name, in registry order. */
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

/** The kinds search finds (search documents, the search page's type filter): all but those marked `searched: false`. */
export const SEARCHED_KIND_NAMES = KIND_NAMES.filter((name) => KINDS[name].searched !== false);

/**
 * Any item, for code that handles every kind alike through its descriptor (the registry's
 * loops); code about one kind uses ItemOf<'achievements'> and gets its real types.
 */
// biome-ignore lint/suspicious/noExplicitAny: the descriptor and its items are matched by kindOf().
export type AnyItem = Item<any, any>;

/** A kind's descriptor, typed loosely for code that handles every kind alike. */
// biome-ignore lint/suspicious/noExplicitAny: see AnyItem.
export function kindOf(name: KindName): ItemKind<any, any> {
	return KINDS[name];
}

export type { ItemKind, SearchFacts, SearchText, ShownItem } from './item-kind.ts';
