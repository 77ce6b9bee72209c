import type { Item } from '../model/item.ts';
import { LOCALES, type Locale } from '../schema/locales.ts';
import { sourceHash } from './source-hash.ts';

/**
 * How one language of an item stands against its source text:
 * - `source`: it is the source language;
 * - `current`: translated from the source as it is now (its `translatedFrom` matches);
 * - `outdated`: the source changed since it was translated;
 * - `unverified`: a translation that does not say what it was translated from;
 * - `missing`: no file in that language.
 */
export type TranslationState = 'source' | 'current' | 'outdated' | 'unverified' | 'missing';

export interface TranslationStatus {
	locale: Locale;
	state: TranslationState;
	/** Marked `machineTranslated: true` (never for the source or a missing language). */
	machine: boolean;
	/** The fingerprint the translation names, if any. */
	translatedFrom?: string;
}

type AnyText = { data: unknown; body: string };
type TranslatableItem = Item<{ sourceLocale: string }, unknown> & { texts: Partial<Record<Locale, AnyText>> };

const hashes = new WeakMap<object, string>();

/** The fingerprint of an item's source text as it is now (memoised per text object). */
export function currentSourceHash(item: TranslatableItem): string | undefined {
	const source = item.texts[item.facts.sourceLocale as Locale];
	if (!source) return undefined;
	let hash = hashes.get(source);
	if (!hash) hashes.set(source, (hash = sourceHash(source)));
	return hash;
}

/** The status of one language of an item. */
export function translationStatus(item: TranslatableItem, locale: Locale): TranslationStatus {
	if (locale === item.facts.sourceLocale) return { locale, state: 'source', machine: false };
	const text = item.texts[locale];
	if (!text) return { locale, state: 'missing', machine: false };
	const data = text.data as { translatedFrom?: string; machineTranslated?: boolean };
	const machine = data.machineTranslated === true;
	if (!data.translatedFrom) return { locale, state: 'unverified', machine };
	return { locale, state: data.translatedFrom === currentSourceHash(item) ? 'current' : 'outdated', machine, translatedFrom: data.translatedFrom };
}

/** The status of every language of an item, in the portal's language order. */
export function translationStatuses(item: TranslatableItem): TranslationStatus[] {
	return LOCALES.map((locale) => translationStatus(item, locale));
}

/** True when a reader of this language should be told the text may not match the source (outdated, unverified or machine-made). */
export function needsTranslationNotice(status: TranslationStatus): boolean {
	return status.state === 'outdated' || status.machine;
}
