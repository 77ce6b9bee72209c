import { z } from 'zod';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
import { cooperationModeSchema } from './achievement.ts';
import { countrySchema, itemIdSchema, localizedNameSchema, nonEmptyText } from './fields.ts';
import { describeInput, localeSchema } from './locale.ts';
import { publicationStatusSchema, translationFields } from './publication.ts';
import { strictFields, textFields } from './strict.ts';

const partyRoles = codesOf(VOCABULARIES.partyRole);

export const partySchema = z.strictObject({
	name: localizedNameSchema,
	country: countrySchema,
	role: z.enum(partyRoles, { error: (issue) => `${describeInput(issue.input)} is not a party role; allowed values: ${partyRoles.join(', ')}` }),
});

/** The language-independent facts of a cooperation case: `cases/<id>/index.md`. */
export const caseFactsSchema = strictFields(
	{
		sourceLocale: localeSchema,
		achievements: z.array(itemIdSchema).min(1, { error: 'needs the id of at least one achievement the case came from' }),
		mode: cooperationModeSchema,
		year: z
			.number({ error: (issue) => `${describeInput(issue.input)} is not a year; write four digits, e.g. 2021` })
			.int()
			.min(1980, { error: 'must be 1980 or later' })
			.max(2100, { error: 'must be 2100 or earlier' }),
		parties: z.array(partySchema).min(2, { error: 'needs at least two parties' }),
		status: publicationStatusSchema,
		featured: z.boolean().default(false),
		sample: z.boolean().default(false),
	},
	'a case index.md',
);

/** The words of a cooperation case in one language: `cases/<id>/<locale>.md`. */
export const caseTextSchema = textFields(
	{
		title: nonEmptyText(120, 'the case title, at most 120 characters'),
		summary: nonEmptyText(300, 'one sentence, at most 300 characters'),
		outcome: nonEmptyText(300, 'one sentence with the figures of the result, at most 300 characters'),
		...translationFields,
	},
	Object.keys(caseFactsSchema.shape),
);

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseText = z.infer<typeof caseTextSchema>;
