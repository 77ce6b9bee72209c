import { KIND_NAMES, type AnyItem, type KindName } from '../kinds/index.ts';
import { parseCalendarDate } from '../schema/fields.ts';
import type { PublicationStatus } from '../schema/publication.ts';
import { itemsOf, type ContentModel } from './build-model.ts';

/** An item's standing on a given day: its status, or `expired` once its `expires` date has passed. */
export type Publication = PublicationStatus | 'expired';

interface PublishableFacts {
	status?: PublicationStatus;
	expires?: Date;
}

/**
 * The day the build publishes for, as a UTC date: `SRE_TODAY` (YYYY-MM-DD, for tests and for
 * previewing what a later build will leave out) or today.
 */
export function publicationDay(env: Record<string, string | undefined> = process.env): Date {
	const set = env.SRE_TODAY?.trim();
	if (set) {
		const day = parseCalendarDate(set);
		if (!day) throw new Error(`SRE_TODAY is "${set}", which is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02`);
		return day;
	}
	const now = new Date();
	return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** An item's standing on `day`. An offer is shown up to and including its `expires` day. */
export function publicationOf(item: { facts: unknown }, day: Date): Publication {
	const facts = item.facts as PublishableFacts;
	const status = facts.status ?? 'published';
	if (status !== 'published') return status;
	return facts.expires && facts.expires.getTime() < day.getTime() ? 'expired' : 'published';
}

/** Whether listings, feeds, the sitemap, catalogues and search show an item (drafts only when the build shows drafts). */
export function isListed(item: { facts: unknown }): boolean {
	return ((item.facts as PublishableFacts).status ?? 'published') !== 'archived';
}

/** The items of a kind that listings, feeds, the sitemap, catalogues and search show. */
export function listedItemsOf(model: ContentModel, name: KindName): readonly AnyItem[] {
	return itemsOf(model, name).filter(isListed);
}

export interface VisibilityOptions {
	/** The publication day (publicationDay()). */
	day: Date;
	/** Keep drafts: `astro dev` shows them with a banner; public builds never do. */
	drafts: boolean;
}

/**
 * What a site shows: today's publication day, and drafts only in `astro dev` (`dev`). One rule for
 * the collections (site/content.config.ts) and the integrations that work from the model (the
 * dossiers' QR codes in site/integrations/templated-pages.ts), so they cannot drift apart.
 */
export function siteVisibility(dev: boolean): VisibilityOptions {
	return { day: publicationDay(), drafts: dev };
}

/**
 * The part of the model a build publishes: drafts (unless `drafts`) and expired items are dropped,
 * so they get no page and appear nowhere; archived items stay (their pages keep old links working)
 * but are not listed (isListed). References to dropped items are left in the facts: pages show
 * only the items that exist.
 */
export function visibleModel(model: ContentModel, options: VisibilityOptions): ContentModel {
	const visible = { ...model } as ContentModel;
	for (const name of KIND_NAMES) {
		(visible as Record<string, unknown>)[name] = itemsOf(model, name).filter((item) => {
			const publication = publicationOf(item, options.day);
			return publication === 'published' || publication === 'archived' || (publication === 'draft' && options.drafts);
		});
	}
	return visible;
}
