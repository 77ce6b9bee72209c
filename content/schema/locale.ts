import { z } from 'zod';

/** The portal's languages, in the order they are offered to visitors. */
export const LOCALES = ['zh', 'en', 'nb', 'ru'] as const;

export type Locale = (typeof LOCALES)[number];

/** Narrows any string to a portal locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export const localeSchema = z.enum(LOCALES, {
	error: (issue) => `${describeInput(issue.input)} is not a portal language; allowed values: ${LOCALES.join(', ')}`,
});

/** Quotes a received value for an author-facing message, or says it is missing. */
export function describeInput(input: unknown): string {
	if (input === undefined) return 'missing value';
	if (typeof input === 'string') return `"${input}"`;
	return JSON.stringify(input) ?? String(input);
}
