/**
 * One safety problem in one content file. Structurally a `ContentIssue` from
 * `../model/content-error.ts`, plus the file line where the problem is, when it is known.
 */
export type SafetyIssue = {
	/** Path relative to the repository, e.g. `content/achievements/to-0007/en.md`. */
	file: string;
	/** Dotted field path; empty for a problem with the body or the whole file. */
	field: string;
	/** What is wrong; how to fix it. Written for market staff, not developers. */
	problem: string;
	/** 1-based line in the file, when the problem is on one line. */
	line?: number;
};
