import { z } from 'zod';
import { message, messageLanguage } from './message.ts';

// zod's own wording for the other codes (an invalid union member, a bad format …), per language.
const ZOD_LOCALES = { en: z.locales.en().localeError, zh: z.locales.zhCN().localeError };

const TYPE_MESSAGES = {
	array: 'type.array',
	boolean: 'type.boolean',
	number: 'type.number',
	string: 'type.string',
	object: 'type.object',
} as const;

type RawIssue = z.core.$ZodRawIssue;

/**
 * The message of a check that a schema left unworded (a list, a true/false field, a nested object),
 * in the staff's language; zod's own wording in that language otherwise.
 */
export function zodMessage(issue: RawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined) return message('type.missing');
			const key = TYPE_MESSAGES[issue.expected as keyof typeof TYPE_MESSAGES];
			return key ? message(key) : message('type.other', { expected: String(issue.expected) });
		}
		case 'unrecognized_keys':
			return message('type.unknownKeys', { keys: issue.keys.map((key) => `"${key}"`).join(', ') });
		case 'too_small':
			if (issue.origin === 'array') return message('size.fewerItems', { minimum: String(issue.minimum) });
			if (issue.origin === 'number') return message('size.belowMinimum', { minimum: String(issue.minimum) });
			if (issue.origin === 'string') return message('size.tooShort', { minimum: String(issue.minimum) });
			break;
		case 'too_big':
			if (issue.origin === 'array') return message('size.moreItems', { maximum: String(issue.maximum) });
			if (issue.origin === 'number') return message('size.aboveMaximum', { maximum: String(issue.maximum) });
			if (issue.origin === 'string') return message('size.tooLong', { maximum: String(issue.maximum) });
			break;
	}
	const fallback = ZOD_LOCALES[messageLanguage()](issue);
	return typeof fallback === 'string' ? fallback : fallback?.message;
}

// Global on purpose: zod consults it only where a schema gives no message of its own, and every
// schema of the content core should then speak the staff's language. Imported by describe-input.ts,
// which every schema module loads.
z.config({ localeError: zodMessage });
