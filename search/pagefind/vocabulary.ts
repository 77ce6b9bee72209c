import type { Locale } from '../../content/core/schema/locales.ts';
import type { SearchDocument } from '../documents/search-document.ts';

/** The file beside each language's Pagefind bundle that the search page corrects typos against. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Words this short are not corrected: one edit turns them into too many other words. */
export const MIN_CORRECTED_LENGTH = 5;

/** At most this many words, the most frequent first (a 2,000-offer library has far fewer). */
const MAX_WORDS = 60_000;

/** Words in alphabetic scripts (Han text has no spelling to correct), digits and hyphens excluded. */
const WORD = /[\p{L}\p{M}]+/gu;
const HAN = /\p{Script=Han}/u;

/**
 * The words a language's bundle can find, most frequent first, as one space-separated string: what the search
 * page proposes instead of a query word that matches nothing ("tareekstrakt" for "tareekstakt"). Built from the
 * same documents as the bundle (real texts and index-only terms), so it knows the words of this library only.
 */
export function buildVocabulary(lang: Locale, documents: readonly SearchDocument[]): { lang: Locale; words: string } {
	const counts = new Map<string, number>();
	for (const document of documents) {
		for (const text of [document.title, document.summary, document.content]) {
			// Lower-cased once per text, not per word (a text whose length that changes is lowered word by word).
			const lowered = text.toLocaleLowerCase(lang);
			const whole = lowered.length === text.length;
			for (const match of text.matchAll(WORD)) {
				if (match[0].length < MIN_CORRECTED_LENGTH - 1 || HAN.test(match[0])) continue;
				const word = whole ? lowered.slice(match.index, match.index + match[0].length) : match[0].toLocaleLowerCase(lang);
				counts.set(word, (counts.get(word) ?? 0) + 1);
			}
		}
	}
	const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS).map(([word]) => word);
	return { lang, words: words.join(' ') };
}
