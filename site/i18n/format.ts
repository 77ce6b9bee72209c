import type { Locale } from '../../content/core/schema/locale.ts';

const cache = new Map<string, unknown>();

/** Intl objects are costly to construct and every page formats dozens of values: build each (and each recurring result) once. */
function memo<T>(key: string, create: () => T): T {
	let value = cache.get(key) as T | undefined;
	if (value === undefined) {
		value = create();
		cache.set(key, value);
	}
	return value;
}

/** A date as the page's language writes it, e.g. "2 March 2026" or "2026年3月2日". */
export function formatDate(date: Date, locale: Locale, style: 'long' | 'medium' = 'long'): string {
	return memo(`date:${locale}:${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })).format(date);
}

/** A year-month such as "2020-02" as "February 2020" in the page's language. */
export function formatYearMonth(value: string, locale: Locale): string {
	const [year, month] = value.split('-').map(Number);
	if (!month) return String(year);
	return memo(`year-month:${locale}`, () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(Date.UTC(year ?? 0, month - 1, 1));
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
	return memo(`number:${locale}:${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** An amount range in its currency, e.g. "CN¥500,000–1,500,000". */
export function formatMoneyRange(min: number, max: number, currency: string, locale: Locale): string {
	// formatRange is slow (about 0.1 ms) and the same few ranges recur on every card and fact table.
	return memo(`money-range:${locale}:${currency}:${min}:${max}`, () => {
		const format = memo(`money:${locale}:${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }));
		return min === max ? format.format(min) : format.formatRange(min, max);
	});
}

/** A country or region name in the page's language, from ISO 3166 or UN M49 codes. */
export function regionName(code: string, locale: Locale): string {
	return memo(`region-name:${locale}:${code}`, () => memo(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code);
}

/** A language's name in another language, e.g. languageName('zh', 'ru') is "китайский". */
export function languageName(code: Locale, inLocale: Locale): string {
	// DisplayNames.of looks the name up afresh on each call; every page's switcher names four languages.
	return memo(`language-name:${inLocale}:${code}`, () => memo(`language:${inLocale}`, () => new Intl.DisplayNames([inLocale], { type: 'language' })).of(code) ?? code);
}

/** A language's name in itself, capitalised where that language capitalises sentence starts. */
export function autonym(code: Locale): string {
	const name = languageName(code, code);
	return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** Sorts a copy of the list by a text key with the page language's collation (pinyin for zh). */
export function sortByText<T>(items: readonly T[], key: (item: T) => string, locale: Locale): T[] {
	const collator = memo(`collator:${locale}`, () => new Intl.Collator(locale));
	return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
