import { z } from 'zod';
import { LOCALES, type Locale } from './locales.ts';
import { strictFields } from './strict.ts';

/** The domains of the termbase: one file per domain, `content/termbase/<domain>.yaml`. */
export const TERMBASE_DOMAINS = [
	'marine-science',
	'ocean-observation',
	'shipping-ports',
	'aquaculture',
	'fisheries-food',
	'marine-biotech',
	'medical-technology',
	'environment-water',
	'materials-chemistry',
	'energy',
	'digital-ai',
	'manufacturing-automation',
	'agriculture',
	'construction-infrastructure',
	'ip-standards-deals',
] as const;

const termText = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(120, { error: 'is longer than 120 characters; a term is a word or a short phrase' });

/** A concept's words in one language: the preferred term, what searchers also type, and what translators must not use. */
export const termEntrySchema = z.strictObject(
	{
		term: termText,
		/** Synonyms, abbreviations, inflected and compound forms a searcher types. */
		variants: z.array(termText).default([]),
		/** Words translators should replace by the preferred term (the check warns where a text uses one). */
		deprecated: z.array(termText).default([]),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `${issue.keys.join(', ')} is not a field of a term; allowed fields: term, variants, deprecated`
				: issue.input === undefined
					? 'is missing: every concept needs its term in zh, en, nb and ru'
					: 'must be { term: ..., variants: [...] }',
	},
);

/** One concept: the same thing named in every portal language. */
export const conceptSchema = strictFields(
	{
		/** Stable id, lower-case English words with hyphens: `seaweed-extract`. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case ASCII words joined by hyphens, e.g. seaweed-extract' }),
		...(Object.fromEntries(LOCALES.map((locale) => [locale, termEntrySchema])) as Record<Locale, typeof termEntrySchema>),
		note: z.string().trim().min(1).optional(),
	},
	'a termbase concept',
);

/** A termbase file: its domain and its concepts. */
export const termbaseFileSchema = strictFields(
	{
		domain: z.enum(TERMBASE_DOMAINS, { error: (issue) => `"${String(issue.input)}" is not a termbase domain; allowed values: ${TERMBASE_DOMAINS.join(', ')}` }),
		concepts: z.array(conceptSchema).min(1, { error: 'needs at least one concept' }),
	},
	'a termbase file',
);

export type Concept = z.infer<typeof conceptSchema>;
export type TermbaseFile = z.infer<typeof termbaseFileSchema>;
export type TermbaseDomain = (typeof TERMBASE_DOMAINS)[number];
