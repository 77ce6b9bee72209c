import { KIND_NAMES, kindOf, type ItemOf, type KindName } from '../kinds/index.ts';
import { itemsOf, type ContentModel } from './build-model.ts';
import { listedItemsOf } from './publication.ts';

/**
 * The orders and groupings pages list items in, computed once per content model: with 2,000
 * offers, sorting and filtering the whole library again on each of 8,000 pages cost seconds.
 * Everything returned is shared; callers must not mutate it.
 */
interface Orderings {
	listed: { [K in KindName]: readonly ItemOf<K>[] };
	bySector: ReadonlyMap<string, readonly ItemOf<'achievements'>[]>;
	/** Items of every kind that name an item, by the named item's folder and id: `achievements/to-0001`. */
	referencedBy: ReadonlyMap<string, readonly { folder: KindName; item: unknown }[]>;
}

const computed = new WeakMap<ContentModel, Orderings>();

function orderingsOf(model: ContentModel): Orderings {
	const known = computed.get(model);
	if (known) return known;
	const listed = Object.fromEntries(
		KIND_NAMES.map((name) => [name, [...listedItemsOf(model, name)].sort(kindOf(name).compare)]),
	) as unknown as Orderings['listed'];
	const bySector = groupBy(listed.achievements, (item) => [item.facts.sector]);
	const referencedBy = new Map<string, { folder: KindName; item: unknown }[]>();
	for (const name of KIND_NAMES) {
		for (const item of itemsOf(model, name)) {
			for (const reference of kindOf(name).references(item.facts)) {
				for (const id of reference.ids) {
					const key = `${reference.folder}/${id}`;
					const group = referencedBy.get(key);
					if (group) group.push({ folder: name, item });
					else referencedBy.set(key, [{ folder: name, item }]);
				}
			}
		}
	}
	const orderings: Orderings = { listed, bySector, referencedBy };
	computed.set(model, orderings);
	return orderings;
}

/** Groups items under each of their keys, keeping the items' order within each group. */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keys(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** Every listed item of a kind (archived ones are not) in its listing order (offers newest first, cases most recent year first). */
export const listed = <K extends KindName>(model: ContentModel, kind: K): readonly ItemOf<K>[] => orderingsOf(model).listed[kind] as readonly ItemOf<K>[];

/** Every achievement, newest first. */
export const achievementsNewestFirst = (model: ContentModel) => listed(model, 'achievements');

/** The achievements of one sector, newest first. */
export const achievementsInSector = (model: ContentModel, sector: string) => orderingsOf(model).bySector.get(sector) ?? [];

/** Up to `limit` other achievements of the same sector, newest first. */
export function moreInSector(model: ContentModel, item: ItemOf<'achievements'>, limit: number): readonly ItemOf<'achievements'>[] {
	const more: ItemOf<'achievements'>[] = [];
	for (const other of achievementsInSector(model, item.facts.sector)) {
		if (more.length === limit) break;
		if (other.id !== item.id) more.push(other);
	}
	return more;
}

/** Every case, most recent year first. */
export const casesNewestFirst = (model: ContentModel) => listed(model, 'cases');

/** The items of kind `from` that name an item, in `from`'s listing order: the cases built on an offer, say. */
export function referencing<K extends KindName>(model: ContentModel, from: K, folder: KindName, id: string): readonly ItemOf<K>[] {
	return (orderingsOf(model).referencedBy.get(`${folder}/${id}`) ?? []).filter((entry) => entry.folder === from).map((entry) => entry.item as ItemOf<K>);
}

/** The cases built on one achievement, most recent year first. */
export const casesOfAchievement = (model: ContentModel, achievementId: string) => referencing(model, 'cases', 'achievements', achievementId);
