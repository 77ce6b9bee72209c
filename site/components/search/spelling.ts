import { MIN_CORRECTED_LENGTH, VOCABULARY_FILE } from '../../../search/pagefind/vocabulary.ts';

/**
 * A bundle's words, most frequent first (search/pagefind/vocabulary.ts), kept as the one string the file
 * holds (` word word … `): asking whether a word is known, or begins a known word, is a native string search,
 * so a query of correct words costs no splitting; the list is split only when a word needs correcting.
 */
export interface Vocabulary {
	text: string;
	words(): readonly string[];
}

/** A vocabulary from its words, most frequent first. */
export function vocabularyFrom(words: string | readonly string[]): Vocabulary {
	const text = ` ${typeof words === 'string' ? words : words.join(' ')} `;
	let list: readonly string[] | undefined;
	return { text, words: () => (list ??= text.split(' ').filter(Boolean)) };
}

const loaded = new Map<string, Promise<Vocabulary | null>>();

/** The vocabulary beside a bundle, fetched once, only when a query needs correcting; null when it cannot be had. */
export function loadVocabulary(bundlePath: string): Promise<Vocabulary | null> {
	let vocabulary = loaded.get(bundlePath);
	if (!vocabulary) {
		vocabulary = fetch(`${bundlePath}${VOCABULARY_FILE}`)
			.then((response) => (response.ok ? response.json() : null))
			.then((data: { words?: unknown } | null) => (data && typeof data.words === 'string' ? vocabularyFrom(data.words) : null))
			.catch(() => null);
		loaded.set(bundlePath, vocabulary);
	}
	return vocabulary;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of two neighbouring letters. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (long.length - short.length > 1) return false;
	let start = 0;
	while (start < short.length && short[start] === long[start]) start += 1;
	if (short.length === long.length) {
		// One substitution, or a swap of two neighbours ("extarct").
		if (short.slice(start + 1) === long.slice(start + 1)) return true;
		return short[start] === long[start + 1] && short[start + 1] === long[start] && short.slice(start + 2) === long.slice(start + 2);
	}
	return short.slice(start) === long.slice(start + 1);
}

/**
 * The most frequent word of the vocabulary one edit away from `word`; failing that, the most frequent word
 * whose beginning is one edit away (a typo in the first part of a compound or an inflected form:
 * "korosjonsovervåking" → "korrosjonsovervåkingen"). Undefined when the word is known, is the beginning
 * of a known word (still being typed), is short, or has no near neighbour.
 * @example correctWord('tareekstakt', vocabulary) // 'tareekstrakt'
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
	if (word.length < MIN_CORRECTED_LENGTH || /\p{Script=Han}|\d|\s/u.test(word)) return undefined;
	// Known, or the beginning of a known word (still being typed).
	if (vocabulary.text.includes(` ${word}`)) return undefined;
	let whole: string | undefined;
	let beginning: string | undefined;
	for (const candidate of vocabulary.words()) {
		if (whole) break;
		if (Math.abs(candidate.length - word.length) <= 1 && withinOneEdit(word, candidate)) whole = candidate;
		else if (!beginning && candidate.length > word.length + 1 && [0, 1, -1].some((extra) => withinOneEdit(word, candidate.slice(0, word.length + extra)))) beginning = candidate;
	}
	return whole ?? beginning;
}
