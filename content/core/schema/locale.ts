import { z } from 'zod';
import { message } from '../messages/message.ts';
import { describeInput } from './describe-input.ts';
import { LOCALES } from './locales.ts';

export { describeInput } from './describe-input.ts';
export { LOCALES, isLocale, type Locale } from './locales.ts';

export const localeSchema = z.enum(LOCALES, {
	error: (issue) => message('field.notOneOf', { input: describeInput(issue.input), noun: message('noun.locale'), allowed: LOCALES.join(', ') }),
});
