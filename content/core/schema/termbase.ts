import { z } from 'zod';
import { message } from '../messages/message.ts';
import { describeInput } from './describe-input.ts';
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

const termText = z
	.string({ error: () => message('term.notText') })
	.trim()
	.min(1, { error: () => message('term.empty') })
	.max(120, { error: () => message('term.tooLong') });

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
				? message('term.unknownField', { keys: issue.keys.join(', ') })
				: issue.input === undefined
					? message('term.missing')
					: message('term.notObject'),
	},
);

/** One concept: the same thing named in every portal language. */
export const conceptSchema = strictFields(
	{
		/** Stable id, lower-case English words with hyphens: `seaweed-extract`. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: () => message('concept.idInvalid') }),
		...(Object.fromEntries(LOCALES.map((locale) => [locale, termEntrySchema])) as Record<Locale, typeof termEntrySchema>),
		note: z.string().trim().min(1, { error: () => message('concept.noteEmpty') }).optional(),
	},
	'fileKind.concept',
);

/** A termbase file: its domain and its concepts. */
export const termbaseFileSchema = strictFields(
	{
		domain: z.enum(TERMBASE_DOMAINS, {
			error: (issue) => message('field.notOneOf', { input: describeInput(issue.input), noun: message('noun.termbaseDomain'), allowed: TERMBASE_DOMAINS.join(', ') }),
		}),
		concepts: z.array(conceptSchema).min(1, { error: () => message('termbase.conceptsEmpty') }),
	},
	'fileKind.termbaseFile',
);

export type Concept = z.infer<typeof conceptSchema>;
export type TermbaseFile = z.infer<typeof termbaseFileSchema>;
export type TermbaseDomain = (typeof TERMBASE_DOMAINS)[number];
