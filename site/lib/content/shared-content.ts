import { readContent, type Content } from '../../../content/core/read/read-content.ts';

/**
 * One read of a content folder per build, shared by the content check, the collections' loader
 * and the media step. Astro loads the config and the content config as separate module graphs,
 * so a module-level memo would read everything twice: the cache lives on globalThis.
 */
const KEY = Symbol.for('silk-road-exchange.content');
const cache = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, Content>()) as Map<string, Content>;

/** The validated content of a folder, read once; throws a ContentError naming every problem. */
export function sharedContent(root: string): Content {
	let content = cache.get(root);
	if (!content) {
		content = readContent(root);
		cache.set(root, content);
	}
	return content;
}

/** Drops the cached read of a folder (a file changed under `astro dev`). */
export function forgetSharedContent(root: string): void {
	cache.delete(root);
}
