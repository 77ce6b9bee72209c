import { z } from 'zod';
import { message } from '../messages/message.ts';
import { describeInput } from './describe-input.ts';

/** Where an item is in its life: drafts are built only by `npm run dev`; archived items keep their page but leave listings and search. */
export const PUBLICATION_STATUSES = ['draft', 'published', 'archived'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const publicationStatusSchema = z
	.enum(PUBLICATION_STATUSES, {
		error: (issue) => message('field.notOneOf', { input: describeInput(issue.input), noun: message('noun.publicationStatus'), allowed: PUBLICATION_STATUSES.join(', ') }),
	})
	.default('published');

/** A translation's fingerprint of the source text it was made from: 12 lower-case hex digits (see content/core/translation/source-hash.ts). */
export const SOURCE_HASH_PATTERN = /^[0-9a-f]{12}$/;

/**
 * The fields every translated language file may carry: which version of the source it was translated from,
 * and whether a machine made it. The source-language file carries neither.
 */
export const translationFields = {
	translatedFrom: z
		.string({ error: (issue) => message('translatedFrom.notText', { input: describeInput(issue.input) }) })
		.regex(SOURCE_HASH_PATTERN, { error: (issue) => message('translatedFrom.invalid', { input: describeInput(issue.input) }) })
		.optional(),
	machineTranslated: z.boolean({ error: (issue) => message('boolean.invalid', { input: describeInput(issue.input) }) }).default(false),
};
