import { resolve, sep } from 'node:path';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../../../content/core/model/content-error.ts';
import { readTermbaseFiles, TERMBASE_DIR } from '../../../content/core/termbase/read-termbase.ts';

/**
 * The termbase as an Astro collection (for the glossary pages), read with the content core's
 * reader. Conflicts between concepts are checked by `check:content` and the search worker.
 */
export function termbaseLoader(): Loader {
	return {
		name: 'silk-road/termbase',
		load: async ({ store, watcher, logger, generateDigest }) => {
			const sync = () => {
				const { concepts, issues } = readTermbaseFiles();
				if (issues.length) {
					const error = new ContentError(issues);
					if (!watcher) throw error;
					logger.error(error.message);
					return;
				}
				store.clear();
				for (const concept of concepts) store.set({ id: concept.id, data: { ...concept }, digest: generateDigest(JSON.stringify(concept)) });
			};
			sync();
			watcher?.add(TERMBASE_DIR);
			watcher?.on('all', (_event, path) => {
				if (resolve(path).startsWith(TERMBASE_DIR + sep)) sync();
			});
		},
	};
}
