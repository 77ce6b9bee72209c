import { z } from 'zod';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
import { message, type MessageKey } from '../messages/message.ts';
import { describeInput, localeSchema } from './locale.ts';
import {
	countrySchema,
	currencySchema,
	dateSchema,
	localizedNameSchema,
	nonEmptyText,
	patentNumberSchema,
	regionSchema,
} from './fields.ts';
import { publicationStatusSchema, translationFields } from './publication.ts';
import { strictFields, textFields } from './strict.ts';

/** One code of a fixed list; the message names what the value is not (`noun`) and every allowed code. */
export const oneOf = <T extends readonly [string, ...string[]]>(codes: T, noun: MessageKey) =>
	z.enum(codes, {
		error: (issue) => message('field.notOneOf', { input: describeInput(issue.input), noun: message(noun), allowed: codes.join(', ') }),
	});

export const sectorSchema = oneOf(codesOf(VOCABULARIES.sector), 'noun.sector');
export const ipStatusSchema = oneOf(codesOf(VOCABULARIES.ipStatus), 'noun.ipStatus');
export const cooperationModeSchema = oneOf(codesOf(VOCABULARIES.cooperationMode), 'noun.cooperationMode');

const TRL_CODES = codesOf(VOCABULARIES.trl);
const TRL_MIN = Math.min(...TRL_CODES.map(Number));
const TRL_MAX = Math.max(...TRL_CODES.map(Number));

export const trlSchema = z
	.number({ error: (issue) => message('trl.notNumber', { input: describeInput(issue.input), min: TRL_MIN, max: TRL_MAX }) })
	.int({ error: () => message('trl.notWhole', { min: TRL_MIN, max: TRL_MAX }) })
	.min(TRL_MIN, { error: (issue) => message('trl.below', { input: describeInput(issue.input), min: TRL_MIN, allowed: TRL_CODES.join(', ') }) })
	.max(TRL_MAX, { error: (issue) => message('trl.above', { input: describeInput(issue.input), max: TRL_MAX, allowed: TRL_CODES.join(', ') }) });

const amount = z.number({ error: () => message('amount.notNumber') }).positive({ error: () => message('amount.notPositive') });

export const termsSchema = z.union(
	[
		z.literal('negotiable'),
		z
			.strictObject({ min: amount, max: amount, currency: currencySchema })
			.refine((terms) => terms.min <= terms.max, { error: () => message('terms.minAboveMax'), path: ['max'] }),
	],
	{ error: () => message('terms.invalid') },
);

export const contactSchema = z.union([z.literal('market'), z.strictObject({ email: z.email({ error: () => message('email.invalid') }) })], {
	error: () => message('contact.invalid'),
});

const imageSchema = z.strictObject({
	src: z.string().regex(/^[\w.-]+\.(?:png|jpe?g|webp|svg)$/i, { error: () => message('image.src') }),
	alt: localizedNameSchema,
});

/** The language-independent facts of a technology offer: `achievements/<id>/index.md`. */
export const achievementFactsSchema = strictFields(
	{
		sourceLocale: localeSchema,
		sector: sectorSchema,
		trl: trlSchema,
		ipStatus: ipStatusSchema,
		patents: z.array(patentNumberSchema).optional(),
		cooperationModes: z.array(cooperationModeSchema).min(1, { error: () => message('offer.modesEmpty') }),
		owner: z.strictObject({ name: localizedNameSchema, country: countrySchema }),
		targetRegions: z.array(regionSchema).optional(),
		terms: termsSchema,
		contact: contactSchema,
		published: dateSchema,
		expires: dateSchema.optional(),
		status: publicationStatusSchema,
		featured: z.boolean().default(false),
		sample: z.boolean().default(false),
		images: z.array(imageSchema).optional(),
	},
	'fileKind.achievementFacts',
)
	.refine((facts) => !facts.expires || facts.expires > facts.published, { error: () => message('offer.expiresBeforePublished'), path: ['expires'] })
	.refine((facts) => !facts.patents?.length || facts.ipStatus === 'patent-granted' || facts.ipStatus === 'patent-pending', {
		error: () => message('offer.patentsNeedPatentStatus'),
		path: ['ipStatus'],
	});

/** The words of a technology offer in one language: `achievements/<id>/<locale>.md`. */
export const achievementTextSchema = textFields(
	{
		title: nonEmptyText(120, 'what.offerTitle'),
		summary: nonEmptyText(300, 'what.summary'),
		...translationFields,
	},
	Object.keys(achievementFactsSchema.shape),
);

export type AchievementFacts = z.infer<typeof achievementFactsSchema>;
export type AchievementText = z.infer<typeof achievementTextSchema>;
