declare module 'snowball-stemmers' {
	/** A Snowball stemmer for one language. */
	export interface Stemmer {
		stem(word: string): string;
	}
	export function newStemmer(language: string): Stemmer;
	export function algorithms(): string[];
}
