import { z } from 'zod';
import { LOCALES, type Locale } from '../schema/locales.ts';

/** A controlled vocabulary: stable codes, each with a label in every portal language. */
export type Vocabulary = Readonly<Record<string, Readonly<Record<Locale, string>>>>;

const label = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** What a vocabulary file must hold: codes (lower-case, digits, hyphens) mapped to a label per language. */
export const vocabularySchema = z.record(
	z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `"${String(issue.input)}" is not a valid code; use lower-case ASCII letters, digits and single hyphens` }),
	z.strictObject(Object.fromEntries(LOCALES.map((locale) => [locale, label])) as Record<Locale, typeof label>, {
		error: (issue) =>
			issue.code === 'unrecognized_keys' ? `unknown language ${issue.keys.join(', ')}; allowed languages: ${LOCALES.join(', ')}` : `must give the label in every language: ${LOCALES.join(', ')}`,
	}),
);

/** The codes of a vocabulary as a non-empty tuple, for `z.enum`. */
export function codesOf(vocabulary: Vocabulary): [string, ...string[]] {
	const codes = Object.keys(vocabulary);
	if (codes.length === 0) throw new Error('a vocabulary without codes');
	return codes as [string, ...string[]];
}
