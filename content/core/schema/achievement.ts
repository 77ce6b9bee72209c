import { z } from 'zod';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
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

const oneOf = <T extends readonly [string, ...string[]]>(codes: T, noun: string) =>
	z.enum(codes, {
		error: (issue) => `${describeInput(issue.input)} is not ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}; allowed values: ${codes.join(', ')}`,
	});

export const sectorSchema = oneOf(codesOf(VOCABULARIES.sector), 'sector');
export const ipStatusSchema = oneOf(codesOf(VOCABULARIES.ipStatus), 'IP status');
export const cooperationModeSchema = oneOf(codesOf(VOCABULARIES.cooperationMode), 'cooperation mode');

const TRL_CODES = codesOf(VOCABULARIES.trl);
const TRL_MIN = Math.min(...TRL_CODES.map(Number));
const TRL_MAX = Math.max(...TRL_CODES.map(Number));

export const trlSchema = z
	.number({ error: (issue) => `${describeInput(issue.input)} is not a Technology Readiness Level; allowed values: whole numbers ${TRL_MIN} to ${TRL_MAX}` })
	.int({ error: `must be a whole number ${TRL_MIN} to ${TRL_MAX}` })
	.min(TRL_MIN, { error: (issue) => `${describeInput(issue.input)} is below ${TRL_MIN}; allowed values: ${TRL_CODES.join(', ')}` })
	.max(TRL_MAX, { error: (issue) => `${describeInput(issue.input)} is above ${TRL_MAX}; allowed values: ${TRL_CODES.join(', ')}` });

const amount = z.number({ error: 'must be a number without separators, e.g. 500000' }).positive({ error: 'must be above zero' });

export const termsSchema = z.union(
	[
		z.literal('negotiable'),
		z
			.strictObject({ min: amount, max: amount, currency: currencySchema })
			.refine((terms) => terms.min <= terms.max, { error: 'min must not be above max', path: ['max'] }),
	],
	{ error: 'must be "negotiable" or an amount range such as { min: 500000, max: 1500000, currency: CNY }' },
);

export const contactSchema = z.union([z.literal('market'), z.strictObject({ email: z.email({ error: 'is not an email address' }) })], {
	error: 'must be "market" (enquiries go to the market, quoting the id) or { email: name@example.org }',
});

const imageSchema = z.strictObject({
	src: z.string().regex(/^[\w.-]+\.(?:png|jpe?g|webp|svg)$/i, { error: 'must be the file name of a .png, .jpg, .webp or .svg image in the item folder' }),
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
		cooperationModes: z.array(cooperationModeSchema).min(1, { error: 'needs at least one cooperation mode' }),
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
	'an achievement index.md',
)
	.refine((facts) => !facts.expires || facts.expires > facts.published, { error: 'must be after the published date', path: ['expires'] })
	.refine((facts) => !facts.patents?.length || facts.ipStatus === 'patent-granted' || facts.ipStatus === 'patent-pending', {
		error: 'patent numbers are given, so ipStatus must be patent-granted or patent-pending',
		path: ['ipStatus'],
	});

/** The words of a technology offer in one language: `achievements/<id>/<locale>.md`. */
export const achievementTextSchema = textFields(
	{
		title: nonEmptyText(120, 'the offer title, at most 120 characters'),
		summary: nonEmptyText(300, 'one sentence, at most 300 characters'),
		...translationFields,
	},
	Object.keys(achievementFactsSchema.shape),
);

export type AchievementFacts = z.infer<typeof achievementFactsSchema>;
export type AchievementText = z.infer<typeof achievementTextSchema>;
