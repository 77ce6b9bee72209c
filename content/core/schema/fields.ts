import { z } from 'zod';
import { LOCALES, describeInput, type Locale } from './locale.ts';

/** Lower-case ASCII ids such as `to-0007`: they appear in URLs and are quoted in enquiries. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const itemIdSchema = z.string().regex(ID_PATTERN, {
	error: (issue) => `${describeInput(issue.input)} is not a valid id; use lower-case ASCII letters, digits and single hyphens, e.g. "to-0007"`,
});

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** True for an ISO 3166-1 alpha-2 code of a real country or territory. */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined;
}

/** True for a country code or a UN M49 region code ("143" is Central Asia). */
export function isRegionCode(code: string): boolean {
	if (/^\d{3}$/.test(code)) return regionNames.of(code) !== undefined && regionNames.of(code) !== 'Unknown Region';
	return isCountryCode(code) || code === 'EU';
}

export const countrySchema = z.string().refine(isCountryCode, {
	error: (issue) => `${describeInput(issue.input)} is not a country code; use ISO 3166-1 alpha-2 in capitals, e.g. CN, NO, RU, KZ`,
});

export const regionSchema = z.coerce.string().refine(isRegionCode, {
	error: (issue) => `${describeInput(issue.input)} is not a region; use an ISO 3166-1 alpha-2 country code (e.g. RU) or a UN M49 region code in quotes (e.g. "143" for Central Asia)`,
});

/** The UTC date of a real calendar day written YYYY-MM-DD, or undefined (`2026-02-30`, `2026-13-45` are not days). */
export function parseCalendarDate(text: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC rolls impossible days over (30 February becomes 2 March): a real day survives the round trip.
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A calendar date written YYYY-MM-DD. The reader keeps dates as the text the author wrote, so nothing is rolled over. */
export const dateSchema = z.union([z.date(), z.string()], { error: (issue) => `${describeInput(issue.input)} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02` }).transform((value, ctx) => {
	const date = value instanceof Date ? value : parseCalendarDate(value.trim());
	if (!date || Number.isNaN(date.getTime())) {
		const looksRight = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
		ctx.addIssue({
			code: 'custom',
			message: looksRight
				? `${describeInput(value)} is not a date: there is no such day in the calendar; write a real date as YYYY-MM-DD, e.g. 2026-03-02`
				: `${describeInput(value)} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02`,
		});
		return z.NEVER;
	}
	return date;
});

/** A year, or a year and month, written YYYY or YYYY-MM (months 01 to 12). */
export const yearMonthSchema = z.string({ error: 'must be YYYY or YYYY-MM in quotes, e.g. "2020-02"' }).regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, {
	error: (issue) => `${describeInput(issue.input)} is not a year or a month; write YYYY or YYYY-MM with a month 01 to 12, e.g. "2020-02"`,
});

const nameText = z.string().trim().min(1, { error: 'must not be empty' });

/** A proper name given in the languages it exists in; Chinese or English is required. */
export const localizedNameSchema = z
	.strictObject(
		{ zh: nameText.optional(), en: nameText.optional(), nb: nameText.optional(), ru: nameText.optional() },
		{ error: (issue) => issue.code === 'unrecognized_keys' ? `unknown language ${issue.keys.join(', ')}; allowed languages: ${LOCALES.join(', ')}` : 'must be a map of language to name, e.g. { zh: 中国海洋大学, en: Ocean University of China }' },
	)
	.refine((names) => names.zh !== undefined || names.en !== undefined, { error: 'needs at least a Chinese (zh) or English (en) name' });

export type LocalizedName = Partial<Record<Locale, string>>;

/** ISO 4217 currencies the market quotes in. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'NOK', 'RUB', 'KZT'] as const;

export const currencySchema = z.enum(CURRENCIES, {
	error: (issue) => `${describeInput(issue.input)} is not a supported currency; allowed values: ${CURRENCIES.join(', ')}`,
});

/** Patent or application numbers as printed by the office, e.g. CN202110345678.9. */
export const patentNumberSchema = z.coerce.string().regex(/^[A-Z]{2}[0-9A-Z .\-/]{4,24}$/, {
	error: (issue) => `${describeInput(issue.input)} is not a patent number; write the office prefix and number, e.g. CN202110345678.9`,
});

export const nonEmptyText = (max: number, what: string) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? `is required: ${what}` : `must be text: ${what}`) })
		.trim()
		.min(1, { error: `must not be empty: ${what}` })
		.max(max, { error: `is longer than ${max} characters; ${what}` });
