/**
 * The translation matrix: every item × language, up to date, outdated (the source changed since it
 * was translated), not verified (no `translatedFrom`), missing, machine-translated, with totals.
 * The same report is built as a staff page, /{locale}/staff/translations/.
 * Usage: npm run i18n:status [-- --json] [-- --only outdated|missing|unverified|machine]
 */
import { ContentError } from '../content/core/model/content-error.ts';
import { readContent } from '../content/core/read/read-content.ts';
import { LOCALES } from '../content/core/schema/locales.ts';
import { translationReport, type TranslationRow } from '../content/core/translation/translation-report.ts';

const SHOWN = { source: 'source', current: 'ok', outdated: 'OUTDATED', unverified: 'unverified', missing: '-' } as const;

try {
	const { model } = readContent();
	const report = translationReport(model);
	const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
	const selected = only ? report.rows.filter((row) => row.statuses.some((status) => (only === 'machine' ? status.machine : status.state === only))) : report.rows;
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ rows: selected, totals: report.totals }, null, 2));
	} else {
		printMatrix(selected);
		console.log('');
		for (const locale of LOCALES) {
			const totals = report.totals[locale];
			console.log(`${locale}: ${totals.source} source, ${totals.current} up to date, ${totals.outdated} outdated, ${totals.unverified} not verified, ${totals.missing} missing, ${totals.machine} machine-translated`);
		}
		console.log('\nok = translated from the source as it is now; OUTDATED = the source changed since; unverified = no translatedFrom recorded; (m) = machine-translated.');
		console.log('After checking a translation against its source: npm run i18n:mark -- achievements/<id>/<locale>');
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	console.error('\nFix these first (npm run check:content), then run the report again.');
	process.exitCode = 1;
}

function printMatrix(rows: readonly TranslationRow[]): void {
	const names = rows.map((row) => `${row.kind}/${row.id}`);
	const width = Math.max(4, ...names.map((name) => name.length));
	console.log(['item'.padEnd(width), ...LOCALES.map((locale) => locale.padEnd(14))].join('  '));
	rows.forEach((row, index) => {
		const cells = row.statuses.map((status) => `${SHOWN[status.state]}${status.machine ? ' (m)' : ''}`.padEnd(14));
		console.log([names[index]!.padEnd(width), ...cells].join('  '));
	});
}
