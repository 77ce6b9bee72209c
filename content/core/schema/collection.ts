import { z } from 'zod';
import { message } from '../messages/message.ts';
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
			.min(1, { error: () => message('collection.offersEmpty') })
			.refine((ids) => new Set(ids).size === ids.length, { error: () => message('collection.offerTwice') }),
		published: dateSchema,
		status: publicationStatusSchema,
		sample: z.boolean().default(false),
	},
	'fileKind.collectionFacts',
);

/** The words of a collection in one language: `collections/<id>/<locale>.md`; the body is its introduction. */
export const collectionTextSchema = textFields(
	{
		title: nonEmptyText(120, 'what.collectionTitle'),
		summary: nonEmptyText(300, 'what.summary'),
		...translationFields,
	},
	Object.keys(collectionFactsSchema.shape),
);

export type CollectionFacts = z.infer<typeof collectionFactsSchema>;
export type CollectionText = z.infer<typeof collectionTextSchema>;
