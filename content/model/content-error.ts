import type { z } from 'zod';

/** One problem in one content file, worded for the member of staff who wrote it. */
export interface ContentIssue {
	/** Path relative to the repository, e.g. `content/achievements/to-0007/index.md`. */
	file: string;
	/** Dotted field path, e.g. `owner.country`; empty for a problem with the whole file. */
	field: string;
	/** What is wrong and, where there is a fixed list, the allowed values. */
	problem: string;
}

/** Formats an issue as one line: file, field, problem. */
export function formatIssue(issue: ContentIssue): string {
	return issue.field ? `${issue.file}: field "${issue.field}": ${issue.problem}` : `${issue.file}: ${issue.problem}`;
}

/** Raised when the content cannot be published; its message lists every problem found. */
export class ContentError extends Error {
	readonly issues: readonly ContentIssue[];

	constructor(issues: readonly ContentIssue[]) {
		const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
		super(
			`The content has ${count}; nothing was built.\n` +
				issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n') +
				'\nFix the files named above (see content/README.md for every field), then run `npm run check:content`.',
		);
		this.name = 'ContentError';
		this.issues = issues;
	}
}

/** Turns zod issues for one file into author-facing issues. */
export function issuesFromZod(file: string, error: z.ZodError): ContentIssue[] {
	return error.issues.flatMap((issue) => {
		const field = issue.path.map(String).join('.');
		// An unknown-field error names the fields itself; report it against each of them.
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({ file, field: field ? `${field}.${key}` : key, problem: issue.message }));
		}
		return [{ file, field, problem: issue.message }];
	});
}
