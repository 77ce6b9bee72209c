import type { z } from 'zod';
import { message } from '../messages/message.ts';
import { describeInput } from '../schema/describe-input.ts';

/** One problem in one content file, worded for the member of staff who wrote it. */
export interface ContentIssue {
	/** Path relative to the repository, e.g. `content/achievements/to-0007/index.md`. */
	file: string;
	/** Dotted field path, e.g. `owner.country`; empty for a problem with the whole file. */
	field: string;
	/** What is wrong and, where there is a fixed list, the allowed values. */
	problem: string;
	/** The line of the file the problem is on, when known (1 is the first line). */
	line?: number;
}

/** Formats an issue as one line: file (and line), field, problem. */
export function formatIssue(issue: ContentIssue): string {
	const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
	return issue.field ? message('issue.withField', { where, field: issue.field, problem: issue.problem }) : message('issue.withoutField', { where, problem: issue.problem });
}

/** Raised when the content cannot be published; its message lists every problem found. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[]) {
		const unique = dedupe(issues);
		const count = unique.length === 1 ? message('error.countOne') : message('error.countMany', { count: unique.length });
		super(`${message('error.heading', { count })}\n${unique.map((issue) => `  - ${formatIssue(issue)}`).join('\n')}\n${message('error.footer')}`);
		this.name = 'ContentError';
		this.issues = unique;
		// Authors need the list, not where in our code it was found: hosts that print the stack print the list once.
		this.stack = `${this.name}: ${this.message}`;
	}
}

/** The same problem reported twice (the check and a later step) is shown once. */
function dedupe(issues: readonly ContentIssue[]): ContentIssue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = formatIssue(issue);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Turns zod issues for one file into author-facing issues, adding a hint for the usual slips
 * (a number in quotes, a list without brackets). Parse with `reportInput: true` for the hints.
 */
export function issuesFromZod(file: string, error: z.ZodError, lines?: ReadonlyMap<string, number>): ContentIssue[] {
	return error.issues.flatMap((issue) => {
		const field = issue.path.map(String).join('.');
		const line = lines?.get(String(issue.path[0] ?? ''));
		const at = line ? { line } : {};
		// An unknown-field error names the fields itself; report it against each of them.
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({ file, field: field ? `${field}.${key}` : key, problem: issue.message, ...(lines?.get(key) ? { line: lines.get(key) } : at) }));
		}
		return [{ file, field, problem: issue.message + hintFor(issue), ...at }];
	});
}

function hintFor(issue: z.core.$ZodIssue): string {
	const input = (issue as { input?: unknown }).input;
	if (issue.code !== 'invalid_type' && issue.code !== 'invalid_union' && issue.code !== 'custom') return '';
	const expected = (issue as { expected?: string }).expected;
	if (typeof input === 'string' && expected === 'array') {
		const items = input.split(/\s*[,;，、]\s*/).filter(Boolean);
		return message('hint.list', { input: describeInput(input), items: items.join(', ') });
	}
	if (typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input.trim()) && expected === 'number') {
		return message('hint.number', { value: input.trim() });
	}
	return '';
}
