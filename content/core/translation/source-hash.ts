import { createHash } from 'node:crypto';

/** Frontmatter fields that describe a translation rather than say something: left out of the fingerprint. */
const NOT_WORDS = new Set(['translatedFrom', 'machineTranslated']);

/**
 * The fingerprint of a source-language file's words: its text fields (title, summary, …) and its body,
 * with whitespace and Unicode normalised, so re-wrapping a paragraph or re-saving the file does not
 * make every translation outdated, while any change of wording does. 12 hex digits of SHA-256.
 * Translations record it as `translatedFrom` (git history is not available in shallow CI clones).
 */
export function sourceHash(text: { data: unknown; body: string }): string {
	const data = (text.data ?? {}) as Record<string, unknown>;
	const fields = Object.keys(data)
		.filter((key) => !NOT_WORDS.has(key) && typeof data[key] === 'string')
		.sort()
		.map((key) => `${key}\u0000${normalise(data[key] as string)}`);
	return createHash('sha256').update([...fields, `body\u0000${normalise(text.body)}`].join('\u0001')).digest('hex').slice(0, 12);
}

function normalise(words: string): string {
	return words.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
