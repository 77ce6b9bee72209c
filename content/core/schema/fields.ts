import { z } from 'zod';
import { message, type MessageKey } from '../messages/message.ts';
import { LOCALES, describeInput, type Locale } from './locale.ts';

/** Lower-case ASCII ids such as `to-0007`: they appear in URLs and are quoted in enquiries. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const itemIdSchema = z.string().regex(ID_PATTERN, {
	error: (issue) => message('id.invalid', { input: describeInput(issue.input) }),
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
	error: (issue) => message('country.invalid', { input: describeInput(issue.input) }),
});

export const regionSchema = z.coerce.string().refine(isRegionCode, {
	error: (issue) => message('region.invalid', { input: describeInput(issue.input) }),
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
export const dateSchema = z.union([z.date(), z.string()], { error: (issue) => message('date.invalid', { input: describeInput(issue.input) }) }).transform((value, ctx) => {
	const date = value instanceof Date ? value : parseCalendarDate(value.trim());
	if (!date || Number.isNaN(date.getTime())) {
		const looksRight = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
		ctx.addIssue({
			code: 'custom',
			message: message(looksRight ? 'date.noSuchDay' : 'date.invalid', { input: describeInput(value) }),
		});
		return z.NEVER;
	}
	return date;
});

/** A year, or a year and month, written YYYY or YYYY-MM (months 01 to 12). */
export const yearMonthSchema = z.string({ error: () => message('yearMonth.notText') }).regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, {
	error: (issue) => message('yearMonth.invalid', { input: describeInput(issue.input) }),
});

const nameText = z.string().trim().min(1, { error: () => message('name.empty') });

/** A proper name given in the languages it exists in; Chinese or English is required. */
export const localizedNameSchema = z
	.strictObject(
		{ zh: nameText.optional(), en: nameText.optional(), nb: nameText.optional(), ru: nameText.optional() },
		{ error: (issue) => (issue.code === 'unrecognized_keys' ? message('name.unknownLanguage', { keys: issue.keys.join(', '), allowed: LOCALES.join(', ') }) : message('name.notMap')) },
	)
	.refine((names) => names.zh !== undefined || names.en !== undefined, { error: () => message('name.needsZhOrEn') });

export type LocalizedName = Partial<Record<Locale, string>>;

/** ISO 4217 currencies the market quotes in. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'NOK', 'RUB', 'KZT'] as const;

export const currencySchema = z.enum(CURRENCIES, {
	error: (issue) => message('field.notOneOf', { input: describeInput(issue.input), noun: message('noun.currency'), allowed: CURRENCIES.join(', ') }),
});

/** Patent or application numbers as printed by the office, e.g. CN202110345678.9. */
export const patentNumberSchema = z.coerce.string().regex(/^[A-Z]{2}[0-9A-Z .\-/]{4,24}$/, {
	error: (issue) => message('patent.invalid', { input: describeInput(issue.input) }),
});

/** Required text of at most `max` characters; `what` says what to write (a message key that may use `{max}`). */
export const nonEmptyText = (max: number, what: MessageKey) => {
	const described = () => message(what, { max });
	return z
		.string({ error: (issue) => message(issue.input === undefined ? 'text.required' : 'text.notText', { what: described() }) })
		.trim()
		.min(1, { error: () => message('text.empty', { what: described() }) })
		.max(max, { error: () => message('text.tooLong', { max, what: described() }) });
};
