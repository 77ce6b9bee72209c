import type { Locale } from '../schema/locales.ts';
import type { Concept } from '../schema/termbase.ts';
import { normalizeWord, stemWord, wordsOf, type Word } from './normalize-words.ts';

/** A termbase concept found in a text. */
export interface TermMatch {
	conceptId: string;
	/** Offsets in the text. */
	start: number;
	end: number;
	/** True when the words found are a form the termbase marks as deprecated in this language. */
	deprecated: boolean;
}

interface Entry {
	conceptId: string;
	deprecated: boolean;
	/** Single words only: the exact forms that may match (when the stem alone is too short to trust). */
	exact?: ReadonlySet<string>;
	/** Acronyms (RAS, УЗВ) match only when the text writes them in capitals too. */
	upper: boolean;
	/** Deprecated forms match as written (word forms, not stems): they are often one ending away from the preferred term. */
	exactPhrase?: string;
}

/** Below this many letters a one-word stem matches too much (nb "tar" is "takes"); such words match their listed forms only. */
const MIN_STEM = 5;
/** Chinese terms of one character are too ambiguous to match inside running text. */
const MIN_HAN = 2;

/**
 * Finds termbase concepts in texts: for Chinese the longest term at each position (there are no
 * spaces), for English, Norwegian and Russian whole-word sequences compared on Snowball stems, so
 * inflected and compound forms listed as variants, and regular inflections of any form, are found,
 * and a term never fires inside an unrelated word.
 */
export class TermIndex {
	readonly #phrases = new Map<Locale, Map<string, Entry[]>>();
	readonly #maxWords = new Map<Locale, number>();
	readonly #hanLengths = new Map<string, number[]>();

	constructor(concepts: readonly Concept[]) {
		for (const concept of concepts) {
			for (const lang of ['zh', 'en', 'nb', 'ru'] as const) {
				const entry = concept[lang];
				for (const phrase of [entry.term, ...entry.variants]) this.#add(lang, phrase, concept.id, false);
				for (const phrase of entry.deprecated) this.#add(lang, phrase, concept.id, true);
			}
		}
	}

	#add(lang: Locale, phrase: string, conceptId: string, deprecated: boolean): void {
		const phrases = this.#phrases.get(lang) ?? new Map<string, Entry[]>();
		this.#phrases.set(lang, phrases);
		if (lang === 'zh') {
			const key = normalizeWord(phrase.replace(/\s+/g, ''), lang);
			if ([...key].length < MIN_HAN) return;
			push(phrases, key, { conceptId, deprecated, upper: false });
			const first = key[0]!;
			const lengths = this.#hanLengths.get(first) ?? [];
			if (!lengths.includes(key.length)) lengths.push(key.length);
			this.#hanLengths.set(first, lengths.sort((a, b) => b - a));
			return;
		}
		const words = wordsOf(phrase, lang);
		if (words.length === 0) return;
		const upper = words.length === 1 && words[0]!.upper && words[0]!.form.length <= 5;
		const key = words.map((word) => word.stem).join(' ');
		const exact = words.length === 1 && words[0]!.stem.length < MIN_STEM ? new Set([words[0]!.form]) : undefined;
		if (deprecated) {
			(phrases.get(key) ?? phrases.set(key, []).get(key)!).push({ conceptId, deprecated, upper, exactPhrase: words.map((word) => word.form).join(' ') });
		} else {
			const existing = phrases.get(key)?.find((candidate) => candidate.conceptId === conceptId && !candidate.deprecated);
			if (existing && exact && existing.exact) (existing.exact as Set<string>).add(words[0]!.form);
			else push(phrases, key, { conceptId, deprecated, upper, ...(exact ? { exact } : {}) });
		}
		this.#maxWords.set(lang, Math.max(this.#maxWords.get(lang) ?? 1, words.length));
	}

	/** Every concept found in a text of a language, longest match first at each place, in text order. */
	find(text: string, lang: Locale): TermMatch[] {
		return lang === 'zh' ? this.#findHan(text) : this.#findWords(text, lang);
	}

	#findHan(text: string): TermMatch[] {
		const phrases = this.#phrases.get('zh');
		const matches: TermMatch[] = [];
		if (!phrases) return matches;
		const normalized = normalizeWord(text, 'zh');
		for (let index = 0; index < normalized.length; ) {
			const lengths = this.#hanLengths.get(normalized[index]!);
			let matched = 0;
			for (const length of lengths ?? []) {
				const entries = phrases.get(normalized.slice(index, index + length));
				if (!entries) continue;
				for (const entry of entries) matches.push({ conceptId: entry.conceptId, start: index, end: index + length, deprecated: entry.deprecated });
				matched = length;
				break;
			}
			index += matched || 1;
		}
		return matches;
	}

	#findWords(text: string, lang: Locale): TermMatch[] {
		const phrases = this.#phrases.get(lang);
		const matches: TermMatch[] = [];
		if (!phrases) return matches;
		const words = wordsOf(text, lang);
		const maxWords = this.#maxWords.get(lang) ?? 1;
		for (let index = 0; index < words.length; ) {
			let matched = 0;
			for (let count = Math.min(maxWords, words.length - index); count >= 1 && !matched; count--) {
				const span = words.slice(index, index + count);
				const entries = phrases.get(span.map((word) => word.stem).join(' '));
				for (const entry of entries ?? []) {
					if (!accepts(entry, span)) continue;
					matches.push({ conceptId: entry.conceptId, start: span[0]!.start, end: span.at(-1)!.end, deprecated: entry.deprecated });
					matched = count;
				}
			}
			index += matched || 1;
		}
		return matches;
	}
}

function accepts(entry: Entry, span: readonly Word[]): boolean {
	if (entry.exactPhrase !== undefined) return entry.exactPhrase === span.map((word) => word.form).join(' ');
	if (entry.upper && !span[0]!.upper) return false;
	return !entry.exact || entry.exact.has(span[0]!.form);
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
	const list = map.get(key);
	if (!list) map.set(key, [entry]);
	else if (!list.some((other) => other.conceptId === entry.conceptId && other.deprecated === entry.deprecated)) list.push(entry);
}

/**
 * One phrase as the index tells phrases apart: Chinese as written; a single short word or an
 * acronym by its exact form (its stem alone would match too much); anything else by its stems.
 */
export function comparisonKey(phrase: string, lang: Locale): string {
	if (lang === 'zh') return normalizeWord(phrase.replace(/\s+/g, ''), lang);
	const words = wordsOf(phrase, lang);
	const only = words.length === 1 ? words[0]! : undefined;
	if (only && (only.stem.length < MIN_STEM || (only.upper && only.form.length <= 5))) return `=${only.form}`;
	return words.map((word) => stemWord(word.form, lang)).join(' ');
}
