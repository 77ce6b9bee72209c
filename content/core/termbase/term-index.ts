import { LOCALES, type Locale } from '../schema/locales.ts';
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
	exact?: Set<string>;
	/** Acronyms (RAS, УЗВ) match only when the text writes them in capitals too. */
	upper: boolean;
	/** Deprecated forms match as written (word forms, not stems): they are often one ending away from the preferred term. */
	exactPhrase?: string;
}

/** A trie node: phrases are paths of stems (or of characters, for Chinese). */
interface Node {
	next: Map<string, Node>;
	entries?: Entry[];
}

/** Below this many letters a one-word stem matches too much (nb "tar" is "takes"); such words match their listed forms only. */
const MIN_STEM = 5;
/** Chinese terms of one character are too ambiguous to match inside running text. */
const MIN_HAN = 2;

const node = (): Node => ({ next: new Map() });

/**
 * Finds termbase concepts in texts: for Chinese the longest term at each position (there are no
 * spaces), for English, Norwegian and Russian whole-word sequences compared on Snowball stems, so
 * inflected and compound forms listed as variants, and regular inflections of any form, are found,
 * and a term never fires inside an unrelated word. Phrases are kept in tries (of characters, of
 * stems), so a text is read once, word by word: 8,000 texts take about a second.
 */
export class TermIndex {
	readonly #roots = new Map<Locale, Node>();
	/**
	 * The first three letters of every phrase's first stem, per language. Snowball keeps a word's
	 * first letters, so a word whose first three letters are not here cannot begin a phrase and is
	 * not stemmed at all: most words of a text are skipped at the cost of one lookup.
	 */
	readonly #openings = new Map<Locale, Set<string>>();

	constructor(concepts: readonly Concept[]) {
		for (const concept of concepts) {
			for (const lang of LOCALES) {
				const entry = concept[lang];
				for (const phrase of [entry.term, ...entry.variants]) this.#add(lang, phrase, concept.id, false);
				for (const phrase of entry.deprecated) this.#add(lang, phrase, concept.id, true);
			}
		}
	}

	#leaf(lang: Locale, path: readonly string[]): Node {
		let current = this.#roots.get(lang) ?? node();
		this.#roots.set(lang, current);
		for (const step of path) {
			let child = current.next.get(step);
			if (!child) current.next.set(step, (child = node()));
			current = child;
		}
		return current;
	}

	#add(lang: Locale, phrase: string, conceptId: string, deprecated: boolean): void {
		if (lang === 'zh') {
			const key = normalizeWord(phrase.replace(/\s+/g, ''), lang);
			if ([...key].length < MIN_HAN) return;
			push((this.#leaf(lang, [...key]).entries ??= []), { conceptId, deprecated, upper: false });
			return;
		}
		const words = wordsOf(phrase, lang);
		if (words.length === 0) return;
		const openings = this.#openings.get(lang) ?? new Set<string>();
		this.#openings.set(lang, openings.add(words[0]!.stem.slice(0, 3)).add(words[0]!.form.slice(0, 3)));
		const leaf = this.#leaf(
			lang,
			words.map((word) => word.stem),
		);
		const entries = (leaf.entries ??= []);
		const upper = words.length === 1 && words[0]!.upper && words[0]!.form.length <= 5;
		if (deprecated) {
			entries.push({ conceptId, deprecated, upper, exactPhrase: words.map((word) => word.form).join(' ') });
			return;
		}
		const exact = words.length === 1 && words[0]!.stem.length < MIN_STEM ? words[0]!.form : undefined;
		const existing = entries.find((candidate) => candidate.conceptId === conceptId && !candidate.deprecated);
		if (existing) {
			if (exact && existing.exact) existing.exact.add(exact);
			else if (!exact) delete existing.exact;
		} else entries.push({ conceptId, deprecated, upper, ...(exact ? { exact: new Set([exact]) } : {}) });
	}

	readonly #innerOpenings = new Map<Locale, Set<string>>();

	/** The first three letters of every stem that follows another in some phrase. */
	#inner(lang: Locale): Set<string> {
		let inner = this.#innerOpenings.get(lang);
		if (!inner) {
			inner = new Set<string>();
			const walk = (current: Node, depth: number) => {
				for (const [stem, child] of current.next) {
					if (depth > 0) inner!.add(stem.slice(0, 3));
					walk(child, depth + 1);
				}
			};
			const root = this.#roots.get(lang);
			if (root) walk(root, 0);
			this.#innerOpenings.set(lang, inner);
		}
		return inner;
	}

	/** Every concept found in a text of a language, longest match first at each place, in text order. */
	find(text: string, lang: Locale): TermMatch[] {
		return lang === 'zh' ? this.#findHan(text) : this.#findWords(text, lang);
	}

	#findHan(text: string): TermMatch[] {
		const root = this.#roots.get('zh');
		const matches: TermMatch[] = [];
		if (!root) return matches;
		const normalized = normalizeWord(text, 'zh');
		// Offsets stay right only when normalising kept the length (it does for Chinese text).
		const source = normalized.length === text.length ? normalized : text;
		for (let index = 0; index < source.length; ) {
			let current = root.next.get(source[index]!);
			let longest: { end: number; entries: Entry[] } | undefined;
			for (let end = index + 1; current; end++) {
				if (current.entries) longest = { end, entries: current.entries };
				current = end < source.length ? current.next.get(source[end]!) : undefined;
			}
			if (!longest) {
				index++;
				continue;
			}
			for (const entry of longest.entries) matches.push({ conceptId: entry.conceptId, start: index, end: longest.end, deprecated: entry.deprecated });
			index = longest.end;
		}
		return matches;
	}

	#findWords(text: string, lang: Locale): TermMatch[] {
		const root = this.#roots.get(lang);
		const matches: TermMatch[] = [];
		if (!root) return matches;
		const openings = this.#openings.get(lang)!;
		// A word in the middle of a phrase is stemmed too: its opening is that of some phrase's first word or it is not needed.
		const inner = this.#inner(lang);
		const words = wordsOf(text, lang, (form) => {
			const opening = form.slice(0, 3);
			return openings.has(opening) || inner.has(opening);
		});
		for (let index = 0; index < words.length; ) {
			let current = words[index]!.stem ? root.next.get(words[index]!.stem) : undefined;
			if (!current) {
				index++;
				continue;
			}
			let matched = 0;
			// Walk the trie as far as the text goes, then accept the longest phrase whose entries accept the words.
			const found: { count: number; entries: Entry[] }[] = [];
			for (let count = 1; current; count++) {
				if (current.entries) found.push({ count, entries: current.entries });
				current = index + count < words.length ? current.next.get(words[index + count]!.stem) : undefined;
			}
			for (let candidate = found.length - 1; candidate >= 0 && !matched; candidate--) {
				const { count, entries } = found[candidate]!;
				const span = words.slice(index, index + count);
				for (const entry of entries) {
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

function push(entries: Entry[], entry: Entry): void {
	if (!entries.some((other) => other.conceptId === entry.conceptId && other.deprecated === entry.deprecated)) entries.push(entry);
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
