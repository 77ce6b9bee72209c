import { en, type MessageKey } from './en.ts';
import { zh } from './zh.ts';

export type { MessageKey } from './en.ts';

/** The languages staff messages are written in. */
export const MESSAGE_LANGUAGES = ['en', 'zh'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** Every catalogue by language; each has exactly the keys of the English one. */
export const CATALOGUES: Record<MessageLanguage, Record<MessageKey, string>> = { en, zh };

/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/**
 * The message language of an environment, as POSIX tools choose it: `LC_ALL`, then `LC_MESSAGES`,
 * then `LANG` (the first one set); Chinese for `zh_CN.UTF-8` and the like, English otherwise.
 */
export function messageLanguageOf(env: Record<string, string | undefined>): MessageLanguage {
	const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return /^zh(?:[_.@-]|$)/i.test(setting) ? 'zh' : 'en';
}

let chosen: MessageLanguage | undefined;

/** The language of this process's messages, read from the environment once (so the build and the terminal agree). */
export function messageLanguage(): MessageLanguage {
	return (chosen ??= messageLanguageOf(typeof process === 'undefined' ? {} : process.env));
}

/** Sets the message language (tests, or a tool's own option); `undefined` reads the environment again. */
export function setMessageLanguage(language: MessageLanguage | undefined): void {
	chosen = language;
}

/**
 * A message in the process's language with its placeholders filled.
 * @example message('field.notOneOf', { input: '"marine"', noun: message('noun.sector'), allowed: 'a, b' })
 */
export function message(key: MessageKey, params: MessageParams = {}): string {
	return fill(CATALOGUES[messageLanguage()][key], params);
}

/** The placeholders a message template uses, e.g. `['input', 'allowed']`. */
export function placeholdersOf(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

function fill(template: string, params: MessageParams): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
