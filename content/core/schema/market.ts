import { z } from 'zod';
import { LOCALES, describeInput, localeSchema } from './locale.ts';
import { yearMonthSchema } from './fields.ts';
import { strictFields } from './strict.ts';

const inEveryLanguage = z.strictObject(
	Object.fromEntries(LOCALES.map((locale) => [locale, z.string({ error: `needs the text in ${locale} (every language: ${LOCALES.join(', ')})` }).trim().min(1, { error: `needs the text in ${locale}; it must not be empty` })])) as Record<
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
		siteUrl: z
			.url({ protocol: /^https?$/, error: (issue) => `${describeInput(issue.input)} is not the site's address; write the http:// or https:// address the site is served at, e.g. https://tech.example.org` })
			.refine((url) => { const parsed = new URL(url); return parsed.pathname === '/' && !parsed.search && !parsed.hash; }, {
				error: (issue) => `${describeInput(issue.input)} has a path, query or fragment; the site is served from the root of its address, so write only the scheme and host, e.g. https://tech.example.org`,
			}),
		defaultLocale: localeSchema,
		fallbackLocales: z.array(localeSchema).min(1),
		figures: z.strictObject({
			asOf: yearMonthSchema,
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
