import { CATALOGUES, type MessageKey } from './message.ts';

/** The keys of the placeholder texts `npm run new` writes into a new item. */
export type PlaceholderKey = Extract<MessageKey, `placeholder.${string}`>;

/**
 * True when `value` is still the placeholder `npm run new` wrote for `keys`, in any catalogue's
 * language (the editor who fills it in may not share the language of the one who created it).
 */
export function isPlaceholder(value: unknown, ...keys: PlaceholderKey[]): boolean {
	if (typeof value !== 'string') return false;
	const text = value.trim();
	return Object.values(CATALOGUES).some((catalogue) => keys.some((key) => catalogue[key] === text));
}

/** The 0-based index of the first line of `body` that is still a placeholder paragraph, or -1. */
export function placeholderParagraphIndex(body: string): number {
	const paragraphs = new Set(Object.values(CATALOGUES).map((catalogue) => catalogue['placeholder.paragraph']));
	return body.split(/\r?\n/).findIndex((line) => paragraphs.has(line.trim()));
}
