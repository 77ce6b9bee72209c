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

/** The memo of stems of a language (undefined for Chinese, which has none). */
function stemsOf(lang: Locale): Map<string, string> | undefined {
	if (!STEMMERS[lang]) return undefined;
	let known = stems.get(lang);
	if (!known) stems.set(lang, (known = new Map()));
	return known;
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

/** The words of a text in a language with spaces between words (en, nb, ru); `worthStemming` may skip words that cannot matter. */
export function wordsOf(text: string, lang: Locale, worthStemming: (form: string) => boolean = () => true): Word[] {
	const words: Word[] = [];
	// Normalised and lower-cased once for the whole text; offsets hold only if neither changed its length.
	const normalized = text.normalize('NFKC');
	const source = normalized.length === text.length ? normalized : text;
	const lowered = source.toLocaleLowerCase(lang);
	const lower = lowered.length === source.length ? (lang === 'ru' ? lowered.replace(/ё/g, 'е') : lowered) : undefined;
	const stemmed = stemsOf(lang);
	for (const match of source.matchAll(WORD)) {
		const start = match.index;
		const end = start + match[0].length;
		const form = lower ? lower.slice(start, end) : normalizeWord(match[0], lang);
		// Only short words can be acronyms that must match in capitals.
		const upper = match[0].length > 1 && match[0].length <= 5 && match[0] !== form && match[0] === match[0].toLocaleUpperCase(lang);
		// Stemming is the costly part; a caller that knows a word cannot matter skips it (the stem is then empty).
		words.push({ start, end, form, stem: worthStemming(form) ? (stemmed?.get(form) ?? stemWord(form, lang)) : '', upper });
	}
	return words;
}
