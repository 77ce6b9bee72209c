import { getCollection, getEntry } from 'astro:content';
import { KIND_NAMES } from '../../../content/core/kinds/index.ts';
import type { ContentModel } from '../../../content/core/model/build-model.ts';
import { contentDir } from '../../../content/core/read/display-path.ts';
import type { Market } from '../../../content/core/schema/market.ts';
import { sharedContent } from './shared-content.ts';

/** What every page builds from: the validated content model and the market, as the collections hold them. */
export interface SiteContent {
	model: ContentModel;
	market: Market;
}

let loaded: Promise<SiteContent> | undefined;

/** The site's content, assembled once per build from the collections (content/core/ read and validated it). */
export function getSiteContent(): Promise<SiteContent> {
	if (import.meta.env.DEV) {
		// Under `astro dev` a broken file must show its problems in the browser, not a half-empty site.
		sharedContent(contentDir());
		return loadSiteContent();
	}
	return (loaded ??= loadSiteContent());
}

/** The content model (items of every kind and pages); see getSiteContent. */
export async function getContentModel(): Promise<ContentModel> {
	return (await getSiteContent()).model;
}

async function loadSiteContent(): Promise<SiteContent> {
	const [market, pages, ...kinds] = await Promise.all([getEntry('market', 'market'), getCollection('pages'), ...KIND_NAMES.map((name) => getCollection(name))]);
	if (!market) throw new Error('the market collection is empty: content/market.yaml was not loaded');
	// The loader stored exactly what the reader validated (content/core/), so the data is typed by the model, not re-parsed.
	const model = { pages: Object.fromEntries(pages.map((entry: { id: string; data: Record<string, unknown> }) => [entry.id, entry.data.texts])) } as ContentModel;
	KIND_NAMES.forEach((name, index) => {
		const items = (kinds[index] as { data: { id: string } }[]).map((entry) => entry.data).sort((a, b) => (a.id < b.id ? -1 : 1));
		(model as Record<string, unknown>)[name] = items;
	});
	return { model, market: market.data as Market };
}
