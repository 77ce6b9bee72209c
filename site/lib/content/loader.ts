import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../../../content/core/model/content-error.ts';
import type { Content } from '../../../content/core/read/read-content.ts';
import { forgetSharedContent, sharedContent } from './shared-content.ts';

/** An entry a collection stores: its id and plain data (texts carry their Markdown body). */
export interface LoadedEntry {
	id: string;
	data: Record<string, unknown>;
}

/** Bump when what the loader stores changes (the sanitiser's rules, say), so cached entries are rendered again. */
const STORED_FORMAT = 1;

/**
 * An Astro content loader over the project's own reader (content/core/read/): the pages see
 * exactly the model the content check, the search indexes and the scripts see. Each text's
 * Markdown is rendered once (through Astro's Markdown pipeline, sanitised) and kept in Astro's
 * data store under a digest, so unchanged entries are not rendered again. Under `astro dev`
 * a change under the content folder re-reads and re-checks everything.
 */
export function contentLoader(root: string, select: (content: Content) => LoadedEntry[]): Loader {
	return {
		name: 'silk-road/content',
		load: async (context) => {
			await sync(context, root, select);
			// The content folder may lie outside the project (SRE_CONTENT_DIR): watch it explicitly.
			context.watcher?.add(root);
			context.watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(root + sep)) return;
				forgetSharedContent(root);
				sync(context, root, select).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
			});
		},
	};
}

async function sync(context: LoaderContext, root: string, select: (content: Content) => LoadedEntry[]): Promise<void> {
	let content: Content;
	try {
		content = sharedContent(root);
	} catch (error) {
		// Under `astro dev` the site keeps its last good content and the problems are shown in the terminal.
		if (error instanceof ContentError && context.watcher) {
			context.logger.error(error.message);
			return;
		}
		throw error;
	}
	const { store, generateDigest, renderMarkdown } = context;
	const keep = new Set<string>();
	for (const entry of select(content)) {
		keep.add(entry.id);
		const digest = generateDigest(`${STORED_FORMAT}\n${JSON.stringify(entry.data)}`);
		if (store.get(entry.id)?.digest === digest) continue;
		const texts = entry.data.texts as Record<string, { body: string; html?: string }> | undefined;
		const rendered = texts
			? Object.fromEntries(
					await Promise.all(
						Object.entries(texts).map(async ([locale, text]) => [locale, { ...text, html: (await renderMarkdown(`\n${text.body}`)).html }] as const),
					),
				)
			: undefined;
		store.set({ id: entry.id, data: rendered ? { ...entry.data, texts: rendered } : entry.data, digest });
	}
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}
