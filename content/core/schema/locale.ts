import { z } from 'zod';
import { describeInput } from './describe-input.ts';
import { LOCALES } from './locales.ts';

export { describeInput } from './describe-input.ts';
export { LOCALES, isLocale, type Locale } from './locales.ts';

export const localeSchema = z.enum(LOCALES, {
	error: (issue) => `${describeInput(issue.input)} is not a portal language; allowed values: ${LOCALES.join(', ')}`,
});
