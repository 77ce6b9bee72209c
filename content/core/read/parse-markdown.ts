import type { ContentIssue } from '../model/content-error.ts';
import { message } from '../messages/message.ts';
import { parseYamlFile, topLevelFieldLines } from './parse-yaml.ts';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** A Markdown file split into its parsed frontmatter and its body. */
export interface ParsedMarkdown {
	data: unknown;
	body: string;
	/** The file line the body starts on (for messages about the body). */
	bodyLine: number;
	/** The file line of each top-level frontmatter field (for messages about a field). */
	fieldLines: ReadonlyMap<string, number>;
}

/** Splits a Markdown file (text already decoded, BOM removed) into frontmatter and body, or reports why it cannot. */
export function parseMarkdownFile(text: string, file: string): ParsedMarkdown | ContentIssue {
	const match = FRONTMATTER.exec(text);
	if (!match) {
		return { file, field: '', line: 1, problem: message('markdown.noFrontmatter') };
	}
	const yaml = match[1] ?? '';
	const parsed = parseYamlFile(yaml, file, 2, 'yaml.invalidFrontmatter');
	if ('problem' in parsed) return parsed;
	if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
		return { file, field: '', line: 2, problem: message('markdown.notMapping') };
	}
	const rest = text.slice(match[0].length);
	const leading = /^\s*/.exec(rest)?.[0] ?? '';
	const bodyLine = countLines(match[0]) + countLines(leading) + 1;
	return { data: parsed.data, body: rest.trim(), bodyLine, fieldLines: topLevelFieldLines(yaml, 2) };
}

function countLines(text: string): number {
	let lines = 0;
	for (const char of text) if (char === '\n') lines++;
	return lines;
}
