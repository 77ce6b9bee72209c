import { z } from 'zod';
import { LOCALES, localeSchema } from './locale.ts';
import { strictFields } from './strict.ts';

const inEveryLanguage = z.strictObject(
	Object.fromEntries(LOCALES.map((locale) => [locale, z.string().trim().min(1, { error: `needs the ${locale} text` })])) as Record<
		(typeof LOCALES)[number],
		z.ZodString
	>,
	{ error: `must give the text in every language: ${LOCALES.join(', ')}` },
);

const figure = z.number().nonnegative();

/** The deploying market's identity: `content/market.yaml`. Another market replaces this file. */
export const marketSchema = strictFields(
	{
		name: inEveryLanguage,
		shortName: inEveryLanguage,
		portalName: inEveryLanguage,
		email: z.email({ error: 'is not an email address' }),
		siteUrl: z.url({ error: 'must be the absolute URL the site is served at, e.g. https://tech.example.org' }),
		defaultLocale: localeSchema,
		fallbackLocales: z.array(localeSchema).min(1),
		figures: z.strictObject({
			asOf: z.string().regex(/^\d{4}(-\d{2})?$/, { error: 'must be YYYY or YYYY-MM' }),
			transactionsCny: figure,
			alliance: figure,
			delegations: figure,
			academicians: figure,
			experts: figure,
			enterprisesAdvised: figure,
			hallArea: figure,
		}),
	},
	'market.yaml',
);

export type Market = z.infer<typeof marketSchema>;
