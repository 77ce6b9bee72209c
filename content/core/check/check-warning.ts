import type { ContentIssue } from '../model/content-error.ts';

/** What a warning of `npm run check` is about, for tools reading its JSON. */
export type WarningCode =
	| 'content'
	| 'deprecated-term'
	| 'expires-soon'
	| 'expired'
	| 'case-offer-unavailable'
	| 'translation-outdated'
	| 'machine-translated'
	| 'draft'
	| 'placeholder';

/** A problem that does not stop publishing, worded for staff like any content issue. */
export interface CheckWarning extends ContentIssue {
	code: WarningCode;
}

/** Tags plain content issues (the reader's warnings) with their code. */
export function asWarnings(issues: readonly ContentIssue[], code: WarningCode): CheckWarning[] {
	return issues.map((issue) => ({ ...issue, code }));
}
