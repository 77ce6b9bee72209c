import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { ContentIssue } from '../model/content-error.ts';
import { message } from '../messages/message.ts';

/**
 * YAML with js-yaml's core schema: YAML 1.2 without timestamps, so `NO` stays the string for
 * Norway and a date stays the text the author wrote (the default schema silently turns
 * `2026-13-45` into 14 February 2027). js-yaml is Astro's own parser, eight times faster than
 * the `yaml` package (75 ms against 600 ms on 10,000 frontmatters).
 */
export const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

/**
 * Parses a YAML document, or describes the mistake for its author: the line it is on (counting
 * from `firstLine`, the file line where the YAML starts) and how to fix the usual slips.
 */
export function parseYamlFile(text: string, file: string, firstLine = 1, problemKey: 'yaml.invalid' | 'yaml.invalidFrontmatter' = 'yaml.invalid'): { data: unknown } | ContentIssue {
	try {
		return { data: parseYaml(text) ?? {} };
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		const { line, hint } = explainYamlError(text, error);
		return { file, field: '', problem: message(problemKey, { reason: error.reason, hint }), ...(line === undefined ? {} : { line: line + firstLine }) };
	}
}

/** The 0-based line of the real mistake and a hint; js-yaml often reports the line after it. */
function explainYamlError(text: string, error: YAMLException): { line: number | undefined; hint: string } {
	const lines = text.split(/\r?\n/);
	const reported = error.mark?.line;
	// An unclosed quote is reported at the end of the document: point at the line that opened it.
	const unclosed = lines.findIndex((line) => /^\s*[\w-]+:\s*(["'])/.test(line) && countQuotes(line.replace(/^[^:]*:\s*/, '')) % 2 === 1);
	if (/within a (double|single) quoted scalar|end of the stream/.test(error.reason) && unclosed >= 0) {
		return { line: unclosed, hint: message('yaml.hintUnclosedQuote') };
	}
	if (lines.some((line) => /^\t/.test(line)) && /tab|indent/i.test(error.reason)) {
		const tab = lines.findIndex((line) => /^\t/.test(line));
		return { line: tab, hint: message('yaml.hintTabs') };
	}
	// "key: text: more" — a colon and a space inside an unquoted value.
	const colon = lines.findIndex((line) => /^\s*[\w-]+:\s+[^"'[{\s#][^#]*?:\s/.test(line));
	if (colon >= 0 && (reported === undefined || Math.abs(reported - colon) <= 1)) {
		return { line: colon, hint: message('yaml.hintColon') };
	}
	if (/bad indentation|mapping entry|implicit mapping pair/.test(error.reason)) {
		return { line: reported, hint: message('yaml.hintIndentation') };
	}
	return { line: reported, hint: '' };
}

function countQuotes(value: string): number {
	const quote = value.trimStart()[0];
	if (quote !== '"' && quote !== "'") return 0;
	return [...value.replace(/\\"/g, '')].filter((char) => char === quote).length;
}

/** The file line of each top-level field of a YAML document that starts on `firstLine`. */
export function topLevelFieldLines(yaml: string, firstLine: number): Map<string, number> {
	const lines = new Map<string, number>();
	yaml.split(/\r?\n/).forEach((line, index) => {
		const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
		if (key && !lines.has(key)) lines.set(key, index + firstLine);
	});
	return lines;
}
