import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../content/core/schema/locales.ts';
import type { Termbase } from '../../content/core/termbase/read-termbase.ts';

/**
 * The termbase concepts found in each text, kept between builds: finding them is most of the
 * time it takes to build the search documents (9 s of 12 at 2,000 offers in four languages, when
 * every text is matched: Meilisearch's documents, or a library of untranslated offers), and a
 * staff edit changes a few texts. An entry is keyed on the text and its language; the whole
 * cache on the termbase's concepts and the matcher's code, so editing either starts afresh.
 */
export interface ConceptCache {
	/** The concept ids found in a text, computing (and remembering) them with `find` when not cached. */
	conceptsOf(lang: Locale, text: string, find: () => readonly string[]): readonly string[];
	/** Writes what this build used (nothing else) for the next build; atomically, so a killed build leaves the old file. */
	save(): void;
}

/** The matcher's code, whose changes must not be hidden by a cache made before them. */
const MATCHER_SOURCES = ['../../content/core/termbase/term-index.ts', '../../content/core/termbase/normalize-words.ts'];

/** What the cache as a whole depends on: every concept (terms, variants, domains) and the matcher's code. */
export function termbaseKey(termbase: Termbase): string {
	const hash = createHash('sha256');
	for (const source of MATCHER_SOURCES) hash.update(readFileSync(new URL(source, import.meta.url)));
	for (const concept of termbase.concepts) hash.update(JSON.stringify(concept)).update('\n');
	return hash.digest('hex').slice(0, 24);
}

/** The cache file in a build's cache folder. */
export function conceptCacheFile(cacheDir: string): string {
	return join(cacheDir, 'search-concepts.json');
}

interface Stored {
	key: string;
	entries: Record<string, readonly string[]>;
}

/** Opens the cache at `file` for a termbase; a missing, unreadable or other termbase's file gives an empty cache. */
export function openConceptCache(file: string, termbase: Termbase): ConceptCache {
	const key = termbaseKey(termbase);
	let stored: Stored['entries'] = {};
	try {
		const parsed = JSON.parse(readFileSync(file, 'utf8')) as Stored;
		if (parsed.key === key && parsed.entries && typeof parsed.entries === 'object') stored = parsed.entries;
	} catch {
		// No cache yet (or a damaged one): every text is matched.
	}
	const used: Stored['entries'] = {};
	return {
		conceptsOf(lang, text, find) {
			const id = createHash('sha1').update(lang).update('\n').update(text).digest('base64url');
			const concepts = stored[id] ?? find();
			used[id] = concepts;
			return concepts;
		},
		save() {
			const temporary = `${file}.${process.pid}.tmp`;
			writeFileSync(temporary, JSON.stringify({ key, entries: used } satisfies Stored));
			renameSync(temporary, file);
		},
	};
}
