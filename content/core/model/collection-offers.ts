import type { Achievement, ContentModel } from './build-model.ts';
import type { ItemOf } from '../kinds/index.ts';
import { isListed, publicationOf } from './publication.ts';

export type Collection = ItemOf<'collections'>;

const offerIndex = new WeakMap<ContentModel, ReadonlyMap<string, Achievement>>();

/**
 * The offers a collection shows on `day`, in the order staff listed them: drafts, archived and
 * expired offers (and offers the build left out) are skipped, so a printed dossier never offers
 * what the market no longer offers.
 */
export function collectionOffers(model: ContentModel, collection: Collection, day: Date): Achievement[] {
	let byId = offerIndex.get(model);
	if (!byId) offerIndex.set(model, (byId = new Map(model.achievements.map((item) => [item.id, item]))));
	return collection.facts.offers.flatMap((id) => {
		const offer = byId.get(id);
		return offer && isListed(offer) && publicationOf(offer, day) === 'published' ? [offer] : [];
	});
}

/** The collections listings show on `day`: not drafts, not archived, newest first (the model's order is by id). */
export function listedCollections(model: ContentModel, day: Date): Collection[] {
	return model.collections.filter((item) => isListed(item) && publicationOf(item, day) === 'published').sort((a, b) => b.facts.published.getTime() - a.facts.published.getTime() || (a.id < b.id ? -1 : 1));
}
