import { KIND_NAMES, type KindName } from '../kinds/index.ts';
import { ContentError, type ContentIssue } from '../model/content-error.ts';
import { itemsOf } from '../model/build-model.ts';
import { readContent } from '../read/read-content.ts';
import { findDeprecatedTerms } from '../termbase/deprecated-terms.ts';
import { readTermbase, TERMBASE_DIR } from '../termbase/read-termbase.ts';
import { asWarnings, type CheckWarning } from './check-warning.ts';
import { FileLines } from './file-lines.ts';
import { findPlaceholders } from './placeholder-warnings.ts';
import { findPublishingWarnings, type PublishingCounts } from './publishing-warnings.ts';
import { translationCoverage, type LanguageCoverage } from './translation-coverage.ts';

/** Everything `npm run check` found: problems stop publishing, warnings do not. */
export interface CheckReport {
	/** True when there is no problem (warnings allowed). */
	ok: boolean;
	/** The publication day the warnings were worked out for, YYYY-MM-DD. */
	day: string;
	problems: ContentIssue[];
	warnings: CheckWarning[];
	/** Set when the termbase is valid. */
	termbase?: { concepts: number; domains: number };
	/** Set when the content is valid: items per kind, translation coverage, publishing counts. */
	content?: { items: Record<KindName, number>; translations: LanguageCoverage[]; publishing: PublishingCounts };
}

export interface CheckOptions {
	/** The content folder (default: contentDir()). */
	root?: string;
	/** The termbase folder (default: TERMBASE_DIR). */
	termbaseDir?: string;
	/** The publication day (publicationDay()). */
	day: Date;
}

/**
 * Checks the termbase and every content file with the reader the build uses, and, when the content is
 * valid, works out the warnings staff should see before publishing. Every problem is reported at once.
 */
export function runCheck(options: CheckOptions): CheckReport {
	const day = options.day.toISOString().slice(0, 10);
	const { termbase, issues: termbaseIssues } = readTermbase(options.termbaseDir ?? TERMBASE_DIR);
	const termbaseSummary = termbaseIssues.length
		? undefined
		: { concepts: termbase.concepts.length, domains: new Set(termbase.concepts.map((concept) => concept.domain)).size };
	let content;
	try {
		content = options.root === undefined ? readContent() : readContent(options.root);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { ok: false, day, problems: [...error.issues, ...termbaseIssues], warnings: [], ...(termbaseSummary ? { termbase: termbaseSummary } : {}) };
	}
	const { model } = content;
	const lines = new FileLines();
	const publishing = findPublishingWarnings(model, options.day, lines);
	// File by file, as staff work through them; within a file, top to bottom.
	const warnings = [
		...asWarnings(content.warnings, 'content'),
		...(termbaseIssues.length ? [] : asWarnings(findDeprecatedTerms(model, termbase), 'deprecated-term')),
		...findPlaceholders(model, lines),
		...publishing.warnings,
	].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
	return {
		ok: termbaseIssues.length === 0,
		day,
		problems: termbaseIssues,
		warnings,
		...(termbaseSummary ? { termbase: termbaseSummary } : {}),
		content: {
			items: Object.fromEntries(KIND_NAMES.map((name) => [name, itemsOf(model, name).length])) as Record<KindName, number>,
			translations: translationCoverage(model),
			publishing: publishing.counts,
		},
	};
}
