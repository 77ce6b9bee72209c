import { z } from 'zod';
import { dateSchema, itemIdSchema, nonEmptyText } from './fields.ts';
import { localeSchema } from './locale.ts';
import { publicationStatusSchema, translationFields } from './publication.ts';
import { strictFields, textFields } from './strict.ts';

/** The language-independent facts of a curated collection: `collections/<id>/index.md`. */
export const collectionFactsSchema = strictFields(
	{
		sourceLocale: localeSchema,
		/** The offers, in the order staff want them read (and printed). */
		offers: z
			.array(itemIdSchema)
			.min(1, { error: 'needs the id of at least one offer, e.g. [to-0001, to-0007]' })
			.refine((ids) => new Set(ids).size === ids.length, { error: 'names an offer twice; list each offer once' }),
		published: dateSchema,
		status: publicationStatusSchema,
		sample: z.boolean().default(false),
	},
	'a collection index.md',
);

/** The words of a collection in one language: `collections/<id>/<locale>.md`; the body is its introduction. */
export const collectionTextSchema = textFields(
	{
		title: nonEmptyText(120, 'the collection title, at most 120 characters'),
		summary: nonEmptyText(300, 'one sentence, at most 300 characters'),
		...translationFields,
	},
	Object.keys(collectionFactsSchema.shape),
);

export type CollectionFacts = z.infer<typeof collectionFactsSchema>;
export type CollectionText = z.infer<typeof collectionTextSchema>;
