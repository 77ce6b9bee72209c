import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { Locale } from '../schema/locales.ts';

/** A word of a text: where it is, and its normalised and stemmed forms. */
export interface Word {
	start: number;
	end: number;
	/** Lower-case, NFKC, ё as е: what a searcher's spelling is compared on. */
	form: string;
	/** The Snowball stem of `form` (the form itself for Chinese). */
	stem: string;
	/** True when the text wrote it in capitals (an acronym such as RAS or УЗВ). */
	upper: boolean;
}

const STEMMERS: Partial<Record<Locale, string>> = { en: 'english', nb: 'norwegian', ru: 'russian' };
const stemmers = new Map<Locale, Stemmer>();
/** Snowball's JavaScript port takes 20 to 60 µs a word; texts repeat their words, so each form is stemmed once. */
const stems = new Map<Locale, Map<string, string>>();
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A word's comparison form: lower case, compatibility forms folded, ё as е. */
export function normalizeWord(word: string, lang: Locale): string {
	const form = word.normalize('NFKC').toLocaleLowerCase(lang);
	return lang === 'ru' ? form.replace(/ё/g, 'е') : form;
}

/** The Snowball stem of a normalised word in its language (Chinese has none). */
export function stemWord(form: string, lang: Locale): string {
	const algorithm = STEMMERS[lang];
	if (!algorithm) return form;
	let known = stems.get(lang);
	if (!known) stems.set(lang, (known = new Map()));
	let stem = known.get(form);
	if (stem === undefined) {
		let stemmer = stemmers.get(lang);
		if (!stemmer) stemmers.set(lang, (stemmer = newStemmer(algorithm)));
		stem = stemmer.stem(form);
		known.set(form, stem);
	}
	return stem;
}

/** The words of a text in a language with spaces between words (en, nb, ru). */
export function wordsOf(text: string, lang: Locale): Word[] {
	const words: Word[] = [];
	for (const match of text.matchAll(WORD)) {
		const form = normalizeWord(match[0], lang);
		words.push({ start: match.index, end: match.index + match[0].length, form, stem: stemWord(form, lang), upper: match[0].length > 1 && match[0] === match[0].toLocaleUpperCase(lang) && /\p{Lu}/u.test(match[0]) });
	}
	return words;
}
