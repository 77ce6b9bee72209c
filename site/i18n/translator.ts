import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../content/core/schema/locale.ts';
import en from './resources/en.json';
import nb from './resources/nb.json';
import ru from './resources/ru.json';
import zh from './resources/zh.json';

/** UI strings per locale; en.json is the reference every other file must match. */
export const RESOURCES = { zh, en, nb, ru } satisfies Record<Locale, unknown>;

const translators = new Map<Locale, TFunction>();

/** The `t` function for a locale: one i18next instance per locale, created once, never shared. */
export function getTranslator(locale: Locale): TFunction {
	let t = translators.get(locale);
	if (!t) {
		t = memoizeStaticStrings(createTranslator(locale, RESOURCES[locale]), RESOURCES[locale]);
		translators.set(locale, t);
	}
	return t;
}

/** A fresh i18next `t` over one locale's strings; a missing key shows the key, never another language. */
export function createTranslator(locale: Locale, strings: object): TFunction {
	const instance = i18next.createInstance();
	void instance.init({
		lng: locale,
		// A missing key must be visible in review, not silently English: tests keep the files complete.
		fallbackLng: false,
		resources: { [locale]: { translation: strings } },
		initAsync: false,
		interpolation: { escapeValue: false },
		returnNull: false,
	});
	return instance.t.bind(instance) as TFunction;
}

/**
 * Caches lookups whose options are plain values (labels, headings, "TRL 7: …", counts: nearly
 * every call on a page), and fills simple `{{name}}` templates without i18next when a call passes
 * per-item values (an offer's id and title in its enquiry e-mail): i18next resolves every call
 * from scratch, which on the 8,000-page benchmark was a third of the rendering time, and caching
 * per-item calls would only fill the cache. Anything else (plurals, formats, nesting, i18next's
 * own options, a missing value) goes to i18next; a test checks both paths agree on every string.
 */
function memoizeStaticStrings(t: TFunction, strings: object): TFunction {
	const cache = new Map<string, string>();
	const templates = new Map<string, Template | null>();
	const lookup = t as unknown as (...args: unknown[]) => string;
	const memoized = (key: unknown, ...rest: unknown[]) => {
		const options = rest[0];
		if (typeof key !== 'string' || rest.length > 1) return lookup(key, ...rest);
		if (options !== undefined && isPlainRecord(options)) {
			let template = templates.get(key);
			if (template === undefined) templates.set(key, (template = simpleTemplate(resourceAt(strings, key))));
			if (template) {
				const filled = fill(template, options);
				if (filled !== undefined) return filled;
			}
		}
		const cacheKey = plainCallKey(key, options);
		if (cacheKey === undefined) return lookup(key, ...rest);
		let value = cache.get(cacheKey);
		if (value === undefined) {
			value = lookup(key, ...rest);
			cache.set(cacheKey, value);
		}
		return value;
	};
	return memoized as unknown as TFunction;
}

/** A string split at its `{{name}}` placeholders: text, name, text, name, …, text. */
type Template = readonly string[];

/** i18next options that change what a call means: such calls always go to i18next. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'defaultValue', 'lng', 'lngs', 'ns', 'keyPrefix', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'replace', 'skipInterpolation']);

/** The parts of a resource string made only of text and plain `{{name}}` placeholders; null when it has more (formats, nesting, plurals). */
function simpleTemplate(resource: unknown): Template | null {
	if (typeof resource !== 'string' || resource.includes('$t(')) return null;
	const parts = resource.split(/\{\{\s*([A-Za-z_][\w]*)\s*\}\}/);
	// Anything left that still looks like a placeholder (`{{count, number}}`, `{{- raw}}`) is i18next's.
	if (parts.some((part, index) => index % 2 === 0 && (part.includes('{{') || part.includes('}}')))) return null;
	return parts;
}

/** The template filled from the options; undefined when a placeholder has no plain value or an option is i18next's. */
function fill(template: Template, options: Record<string, unknown>): string | undefined {
	for (const name in options) if (I18NEXT_OPTIONS.has(name)) return undefined;
	let out = template[0]!;
	for (let index = 1; index < template.length; index += 2) {
		const value = options[template[index]!];
		const type = typeof value;
		if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
		out += String(value) + template[index + 1]!;
	}
	return out;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** The resource at a dotted key ("enquiry.subject"), as i18next resolves it. */
function resourceAt(strings: object, key: string): unknown {
	let node: unknown = strings;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return node;
}

/** A cache key for a call whose options are absent or a flat record of plain values; else undefined. */
function plainCallKey(key: string, options: unknown): string | undefined {
	if (options === undefined) return key;
	if (!isPlainRecord(options)) return undefined;
	let cacheKey = key;
	for (const name in options) {
		const value = options[name];
		const type = typeof value;
		if (value !== null && type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
		// The type letter keeps 1 and "1" apart: i18next picks plurals only for numbers.
		cacheKey += `\u0000${name}\u0001${value === null ? 'n' : type[0]}${String(value)}`;
	}
	return cacheKey;
}
