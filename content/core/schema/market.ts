import { z } from 'zod';
import { message } from '../messages/message.ts';
import { LOCALES, describeInput, localeSchema } from './locale.ts';
import { yearMonthSchema } from './fields.ts';
import { strictFields } from './strict.ts';

const inEveryLanguage = z.strictObject(
	Object.fromEntries(
		LOCALES.map((locale) => [
			locale,
			z
				.string({ error: () => message('market.textMissing', { locale, locales: LOCALES.join(', ') }) })
				.trim()
				.min(1, { error: () => message('market.textEmpty', { locale }) }),
		]),
	) as Record<
		(typeof LOCALES)[number],
		z.ZodString
	>,
	{ error: () => message('market.everyLanguage', { locales: LOCALES.join(', ') }) },
);

const figure = z.number({ error: () => message('market.figureInvalid') }).nonnegative({ error: () => message('market.figureInvalid') });

/** The deploying market's identity: `content/market.yaml`. Another market replaces this file. */
export const marketSchema = strictFields(
	{
		name: inEveryLanguage,
		shortName: inEveryLanguage,
		portalName: inEveryLanguage,
		email: z.email({ error: () => message('email.invalid') }),
		siteUrl: z
			.url({ protocol: /^https?$/, error: (issue) => message('market.siteUrlInvalid', { input: describeInput(issue.input) }) })
			.refine((url) => { const parsed = new URL(url); return parsed.pathname === '/' && !parsed.search && !parsed.hash; }, {
				error: (issue) => message('market.siteUrlHasPath', { input: describeInput(issue.input) }),
			}),
		defaultLocale: localeSchema,
		fallbackLocales: z.array(localeSchema).min(1, { error: () => message('market.fallbackEmpty') }),
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
	'fileKind.market',
);

export type Market = z.infer<typeof marketSchema>;
