import { defineCollection } from 'astro:content';
import { KIND_NAMES } from '../content/core/kinds/index.ts';
import { siteVisibility, visibleModel } from '../content/core/model/publication.ts';
import { contentDir } from '../content/core/read/display-path.ts';
import { contentLoader } from './lib/content/loader.ts';
import { termbaseLoader } from './lib/content/termbase-loader.ts';

// The content folder can be swapped for fixtures and benchmark corpora (SRE_CONTENT_DIR).
const root = contentDir();
// Drafts are built only by `astro dev` (with a banner); expired items are left out of every build.
const visibility = siteVisibility(import.meta.env.DEV);

/** One collection per item kind (content/core/kinds/), plus the standalone pages and the market: all from one reader. */
export const collections = {
	...Object.fromEntries(
		KIND_NAMES.map((name) => [
			name,
			defineCollection({ loader: contentLoader(root, ({ model }) => visibleModel(model, visibility)[name].map((item) => ({ id: item.id, data: item as unknown as Record<string, unknown> }))) }),
		]),
	),
	pages: defineCollection({ loader: contentLoader(root, ({ model }) => Object.entries(model.pages).map(([id, texts]) => ({ id, data: { texts } }))) }),
	market: defineCollection({ loader: contentLoader(root, ({ market }) => [{ id: 'market', data: market }]) }),
	termbase: defineCollection({ loader: termbaseLoader() }),
};
