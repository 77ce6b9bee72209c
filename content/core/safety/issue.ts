/** A safety problem is a content problem like any other: file, field, problem and, when known, the line. */
export type { ContentIssue as SafetyIssue } from '../model/content-error.ts';
