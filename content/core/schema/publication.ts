import { z } from 'zod';
import { describeInput } from './describe-input.ts';

/** Where an item is in its life: drafts are built only by `npm run dev`; archived items keep their page but leave listings and search. */
export const PUBLICATION_STATUSES = ['draft', 'published', 'archived'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const publicationStatusSchema = z
	.enum(PUBLICATION_STATUSES, {
		error: (issue) => `${describeInput(issue.input)} is not a publication status; allowed values: ${PUBLICATION_STATUSES.join(', ')}`,
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
		.string({ error: (issue) => `${describeInput(issue.input)} is not a source fingerprint; write the 12 characters \`npm run i18n:status\` shows, in quotes` })
		.regex(SOURCE_HASH_PATTERN, { error: (issue) => `${describeInput(issue.input)} is not a source fingerprint; it is 12 characters 0-9 and a-f, as \`npm run i18n:status\` shows` })
		.optional(),
	machineTranslated: z.boolean({ error: (issue) => `${describeInput(issue.input)} is not true or false` }).default(false),
};
