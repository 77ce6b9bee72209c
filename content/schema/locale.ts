import { z } from 'zod';

import { LOCALES } from './locales.ts';

export { LOCALES, isLocale, type Locale } from './locales.ts';

export const localeSchema = z.enum(LOCALES, {
	error: (issue) => `${describeInput(issue.input)} is not a portal language; allowed values: ${LOCALES.join(', ')}`,
});

/** Quotes a received value for an author-facing message, or says it is missing. */
export function describeInput(input: unknown): string {
	if (input === undefined) return 'missing value';
	if (typeof input === 'string') return `"${input}"`;
	return JSON.stringify(input) ?? String(input);
}
