import type { Locale } from '../schema/locale.ts';

/** A controlled vocabulary: stable codes, each with a label in every portal language. */
export type Vocabulary = Record<string, Record<Locale, string>>;

/** The codes of a vocabulary as a non-empty tuple, for `z.enum`. */
export function codesOf<V extends Vocabulary>(vocabulary: V): [keyof V & string, ...(keyof V & string)[]] {
	return Object.keys(vocabulary) as [keyof V & string, ...(keyof V & string)[]];
}
