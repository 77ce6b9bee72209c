import { isDeepStrictEqual } from 'node:util';
import { parseYaml } from '../read/parse-yaml.ts';
import { LOCALES } from '../schema/locales.ts';

/**
 * Writes offers' files the way staff write them by hand (compare content/achievements/to-0001/):
 * YAML frontmatter in the schema's field order, codes and names bare, text in double quotes only
 * where YAML needs them, Chinese and Cyrillic as they are (never \u escapes), lists of codes on
 * one line, patents and images one per line.
 */

type Scalar = string | number | boolean;

/** Fields written as `[a, b, c]` and `{ key: value }` on one line, as in the sample offers. */
const FLOW_LISTS = new Set(['cooperationModes', 'targetRegions']);
const FLOW_MAPS = new Set(['terms', 'contact']);
/** Fields whose text is always quoted (a fingerprint of digits alone would otherwise read as a number). */
const ALWAYS_QUOTED = new Set(['translatedFrom']);

/**
 * A scalar as YAML: bare when js-yaml (the reader's parser, core schema) reads it back as the same
 * text, else double-quoted. JSON's string syntax is YAML's double-quoted syntax, and JSON.stringify
 * leaves non-ASCII letters as they are.
 */
export function yamlScalar(value: Scalar, flow = false): string {
	if (typeof value !== 'string') return String(value);
	return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}

/** Words YAML's core schema reads as something else than text when bare. */
const RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * Text that is certainly a plain scalar: it starts with a letter (not a number, date or indicator
 * such as - ? : , [ ] { } # & * ! | > ' " % @ `), and has no ": " or " #" (a key or a comment).
 * Most titles, names and codes are; the rest are checked by reading them back.
 */
const CERTAINLY_PLAIN = /^\p{L}(?:[^:#\n]|:(?! |$)|(?<! )#)*$/u;

function isPlainSafe(value: string, flow: boolean): boolean {
	if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value)) return false;
	// The reader's frontmatter ends at the first "---" that ends a line, wherever it is.
	if (value.includes('---')) return false;
	if (flow && /[,[\]{}]/.test(value)) return false;
	if (CERTAINLY_PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(':')) return true;
	try {
		const read = parseYaml(flow ? `k: [${value}]` : `k: ${value}`) as { k?: unknown };
		return flow ? isDeepStrictEqual(read?.k, [value]) : read?.k === value;
	} catch {
		return false;
	}
}

function flowMap(value: Record<string, unknown>): string {
	return `{ ${Object.entries(value)
		.filter(([, item]) => item !== undefined)
		.map(([key, item]) => `${key}: ${yamlScalar(item as Scalar, true)}`)
		.join(', ')} }`;
}

/** Any value in block style (kept fields such as `images`, owner names): maps and lists one entry per line. */
function blockLines(key: string, value: unknown, indent: string): string[] {
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${indent}${key}: []`];
		const lines = [`${indent}${key}:`];
		for (const item of value) {
			if (isMap(item)) {
				const inner = Object.entries(item).flatMap(([innerKey, innerValue]) => (innerValue === undefined ? [] : blockLines(innerKey, innerValue, `${indent}    `)));
				if (inner.length === 0) lines.push(`${indent}  - {}`);
				else lines.push(`${indent}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
			} else lines.push(`${indent}  - ${yamlScalar(item as Scalar)}`);
		}
		return lines;
	}
	if (isMap(value)) {
		const entries = Object.entries(value).filter(([, item]) => item !== undefined);
		if (entries.length === 0) return [`${indent}${key}: {}`];
		return [`${indent}${key}:`, ...entries.flatMap(([innerKey, innerValue]) => blockLines(innerKey, innerValue, `${indent}  `))];
	}
	return [`${indent}${key}: ${value === null ? 'null' : yamlScalar(value as Scalar)}`];
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A name in several languages, languages in the order given (the source language first), then the portal's order. */
export function orderedNames(names: Record<string, string>, first?: string): Record<string, string> {
	const order = [...(first ? [first] : []), ...LOCALES, ...Object.keys(names)];
	return Object.fromEntries([...new Set(order)].filter((locale) => names[locale] !== undefined).map((locale) => [locale, names[locale]!]));
}

/** The frontmatter lines of an offer's facts; `facts` is in the order to write (the schema's). */
export function factsFrontmatter(facts: Record<string, unknown>): string[] {
	const lines: string[] = [];
	for (const [key, value] of Object.entries(facts)) {
		if (value === undefined) continue;
		if (FLOW_LISTS.has(key) && Array.isArray(value)) lines.push(`${key}: [${value.map((item) => yamlScalar(item as Scalar, true)).join(', ')}]`);
		else if (FLOW_MAPS.has(key) && isMap(value)) lines.push(`${key}: ${flowMap(value)}`);
		else if (key === 'owner' && isMap(value)) {
			const { name, ...rest } = value;
			lines.push('owner:');
			if (name !== undefined) lines.push(...blockLines('name', isMap(name) ? orderedNames(name as Record<string, string>, facts.sourceLocale as string) : name, '  '));
			for (const [restKey, restValue] of Object.entries(rest)) if (restValue !== undefined) lines.push(...blockLines(restKey, restValue, '  '));
		} else lines.push(...blockLines(key, value, ''));
	}
	return lines;
}

/** A whole Markdown file: frontmatter fields, then the body after a blank line. */
export function markdownFile(frontmatter: string[], body = ''): string {
	const head = `---\n${frontmatter.join('\n')}\n---\n`;
	return body.trim() ? `${head}\n${body.trim()}\n` : head;
}

/** The frontmatter lines of a language file: title, summary, then the translation fields. */
export function textFrontmatter(data: Record<string, unknown>): string[] {
	return Object.entries(data)
		.filter(([, value]) => value !== undefined)
		.map(([key, value]) => (ALWAYS_QUOTED.has(key) && typeof value === 'string' ? `${key}: ${JSON.stringify(value)}` : `${key}: ${yamlScalar(value as Scalar)}`));
}
