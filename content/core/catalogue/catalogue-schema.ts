import { z } from 'zod';
import { cooperationModeSchema, ipStatusSchema, sectorSchema, trlSchema } from '../schema/achievement.ts';
import { CURRENCIES, itemIdSchema } from '../schema/fields.ts';
import { LOCALES } from '../schema/locales.ts';

/** The catalogue format's version: raised only when a field changes meaning or disappears (adding one keeps it). */
export const CATALOGUE_VERSION = 1;

const lang = z.enum(LOCALES);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' });
const text = z.string().trim().min(1);
const labels = z.record(z.string(), text);

/** Indicative terms: `negotiable`, or an amount range in a currency. */
export const catalogueTermsSchema = z.union([
	z.literal('negotiable'),
	z.strictObject({ min: z.number().positive(), max: z.number().positive(), currency: z.enum(CURRENCIES) }),
]);

/** One published offer as the open catalogue gives it: the text in the catalogue's language (or its fallback) and every fact. */
export const catalogueOfferSchema = z.strictObject({
	id: itemIdSchema,
	/** The offer's page in the catalogue's language (absolute). */
	url: z.url({ protocol: /^https?$/ }),
	/** The language `title` and `summary` are really in: the catalogue's, or the market's fallback. */
	lang,
	title: text,
	summary: text,
	/** The languages the offer is written in, in portal order. */
	languages: z.array(lang).min(1),
	sourceLocale: lang,
	sector: sectorSchema,
	trl: trlSchema,
	ipStatus: ipStatusSchema,
	patents: z.array(text),
	cooperationModes: z.array(cooperationModeSchema).min(1),
	owner: z.strictObject({
		/** The owner's name in the catalogue's language, or its fallback. */
		name: text,
		lang,
		/** Every name the owner is given, by language. */
		names: z.partialRecord(lang, text),
		/** ISO 3166-1 alpha-2. */
		country: z.string().regex(/^[A-Z]{2}$/),
	}),
	/** ISO 3166-1 alpha-2 country codes or UN M49 region codes. */
	targetRegions: z.array(z.string().regex(/^(?:[A-Z]{2}|\d{3})$/)),
	terms: catalogueTermsSchema,
	/** `market`: enquiries go to the market quoting the id. */
	contact: z.union([z.literal('market'), z.strictObject({ email: z.email() })]),
	published: isoDay,
	expires: isoDay.nullable(),
	/** Illustrative sample data, not a real offer. */
	sample: z.boolean(),
});

/** The open catalogue of one language, `/{locale}/achievements.json`: every published, listed offer, newest first. */
export const catalogueSchema = z.strictObject({
	version: z.literal(CATALOGUE_VERSION),
	/** The publication day the catalogue was built for. */
	generated: isoDay,
	locale: lang,
	market: z.strictObject({ name: text, url: z.url({ protocol: /^https?$/ }) }),
	/** The labels of the codes used in `offers`, in the catalogue's language. */
	vocabularies: z.strictObject({
		sector: labels,
		ipStatus: labels,
		cooperationMode: labels,
		trl: labels,
		/** The names of the countries and regions the offers name (owners' countries, target regions). */
		region: labels,
	}),
	offers: z.array(catalogueOfferSchema),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueOffer = z.infer<typeof catalogueOfferSchema>;
export type CatalogueTerms = z.infer<typeof catalogueTermsSchema>;
