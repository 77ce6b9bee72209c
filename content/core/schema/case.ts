import { z } from 'zod';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
import { message } from '../messages/message.ts';
import { cooperationModeSchema, oneOf } from './achievement.ts';
import { countrySchema, itemIdSchema, localizedNameSchema, nonEmptyText } from './fields.ts';
import { describeInput, localeSchema } from './locale.ts';
import { publicationStatusSchema, translationFields } from './publication.ts';
import { strictFields, textFields } from './strict.ts';

const partyRoles = codesOf(VOCABULARIES.partyRole);

export const partySchema = z.strictObject({
	name: localizedNameSchema,
	country: countrySchema,
	role: oneOf(partyRoles, 'noun.partyRole'),
});

/** The language-independent facts of a cooperation case: `cases/<id>/index.md`. */
export const caseFactsSchema = strictFields(
	{
		sourceLocale: localeSchema,
		achievements: z.array(itemIdSchema).min(1, { error: () => message('case.achievementsEmpty') }),
		mode: cooperationModeSchema,
		year: z
			.number({ error: (issue) => message('case.yearNotNumber', { input: describeInput(issue.input) }) })
			.int({ error: () => message('case.yearNotWhole') })
			.min(1980, { error: () => message('case.yearMin', { min: 1980 }) })
			.max(2100, { error: () => message('case.yearMax', { max: 2100 }) }),
		parties: z.array(partySchema).min(2, { error: () => message('case.partiesMin') }),
		status: publicationStatusSchema,
		featured: z.boolean().default(false),
		sample: z.boolean().default(false),
	},
	'fileKind.caseFacts',
);

/** The words of a cooperation case in one language: `cases/<id>/<locale>.md`. */
export const caseTextSchema = textFields(
	{
		title: nonEmptyText(120, 'what.caseTitle'),
		summary: nonEmptyText(300, 'what.summary'),
		outcome: nonEmptyText(300, 'what.outcome'),
		...translationFields,
	},
	Object.keys(caseFactsSchema.shape),
);

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseText = z.infer<typeof caseTextSchema>;
