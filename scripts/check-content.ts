/**
 * `npm run check` (also `npm run check:content`): checks the termbase and every content file with the
 * reader the build uses and lists every problem at once (file, line, field, problem, allowed values),
 * then the warnings staff should see before publishing (offers expiring or expired, cases whose offer
 * is not shown, drafts, outdated or machine-made translations, placeholders of `npm run new`, deprecated
 * terms, oversized files), translation coverage per language and a summary. In Chinese when the
 * terminal is (LANG, LC_MESSAGES or LC_ALL = zh_CN.UTF-8), English otherwise. Warnings are worked out
 * for publicationDay() (SRE_TODAY=YYYY-MM-DD to look ahead).
 * Exit code 1 when there is a problem, 0 otherwise (warnings do not fail), 2 for a wrong option.
 * Usage: npm run check [-- --json]
 */
import { EXPIRY_WARNING_DAYS } from '../content/core/check/publishing-warnings.ts';
import { runCheck, type CheckReport } from '../content/core/check/run-check.ts';
import { KIND_NAMES } from '../content/core/kinds/index.ts';
import { message } from '../content/core/messages/message.ts';
import { formatIssue } from '../content/core/model/content-error.ts';
import { publicationDay } from '../content/core/model/publication.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const help = args.includes('--help');
const unknown = args.filter((arg) => arg !== '--json' && arg !== '--help');
if (help || unknown.length) {
	(unknown.length ? console.error : console.log)(message('check.usage'));
	process.exit(unknown.length ? 2 : 0);
}

const report = runCheck({ day: publicationDay() });
if (json) console.log(JSON.stringify(report, null, '\t'));
else printReport(report);
process.exitCode = report.ok ? 0 : 1;

function printReport(report: CheckReport): void {
	const count = (value: number) => value.toLocaleString('en');
	if (report.termbase) console.log(message('check.termbaseValid', { concepts: count(report.termbase.concepts), domains: count(report.termbase.domains) }));
	if (report.content) {
		const { items, translations, publishing } = report.content;
		const counts = KIND_NAMES.map((name) => message(`check.kindCount.${name}`, { count: count(items[name]) })).join(message('check.listSeparator'));
		if (report.ok) console.log(message('check.contentValid', { counts }));
		console.log(message('check.translations'));
		for (const coverage of translations) {
			const missing = coverage.missing.length ? message('check.translationMissing', { items: coverage.missing.join(', ') }) : '';
			console.log(`  ${message('check.translationLine', { locale: coverage.locale, done: coverage.translated, total: coverage.total })}${missing}`);
		}
		console.log(message('check.publishing', { ...publishing, days: EXPIRY_WARNING_DAYS }));
	}
	if (report.warnings.length) {
		console.log(`\n${message('check.warnings', { count: report.warnings.length })}`);
		for (const warning of report.warnings) console.log(`  - ${formatIssue(warning)}`);
	}
	if (report.problems.length) {
		console.log(`\n${message('check.problems', { count: report.problems.length })}`);
		for (const problem of report.problems) console.log(`  - ${formatIssue(problem)}`);
	}
	const summary = !report.ok
		? message('check.summaryErrors', { errors: report.problems.length, warnings: report.warnings.length })
		: report.warnings.length
			? message('check.summaryWarnings', { warnings: report.warnings.length })
			: message('check.summaryClean');
	console.log(`\n${summary}`);
}
