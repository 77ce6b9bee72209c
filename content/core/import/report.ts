import { listSeparator, type MessageLocale, type Translate } from './messages.ts';
import type { ImportProblem } from './problems.ts';
import type { TableFormat, TableRow } from './read-table.ts';
import type { ImportResult } from './import-offers.ts';

/** "row 5", "row 5 (line 12)" for a CSV row below a multi-line cell, "item 3" in a JSON array. */
export function rowLabel(row: TableRow, format: TableFormat | undefined, t: Translate): string {
	if (format === 'json') return t('atItem', { row: row.number });
	return row.line !== undefined ? t('atRowLine', { row: row.number, line: row.line }) : t('atRow', { row: row.number });
}

/** One problem as one line: where (row, column, value), then what is wrong. */
export function formatProblem(problem: ImportProblem, t: Translate, file: string, format: TableFormat | undefined): string {
	if (problem.scope === 'content') return problem.problem;
	if (problem.scope === 'file' || !problem.row) return t('inFile', { file, problem: problem.problem });
	const where = rowLabel(problem.row, format, t);
	if (problem.column && problem.value !== undefined) return t('inColumnValue', { where, column: problem.column, value: problem.value, problem: problem.problem });
	if (problem.column) return t('inColumn', { where, column: problem.column, problem: problem.problem });
	return t('inRow', { where, problem: problem.problem });
}

/** The report printed by `npm run import`: every problem, or what was (or would be) created, updated and left alone. */
export function formatReport(result: ImportResult, t: Translate, locale: MessageLocale): string[] {
	const lines: string[] = [];
	const files = (names: string[]) => (names.length ? names.join(listSeparator(locale)) : t('nothing'));
	if (result.problems.length > 0) {
		for (const problem of result.problems) lines.push(`  - ${formatProblem(problem, t, result.file, result.format)}`);
		if (result.problems.length > 20) {
			const counts = new Map<string, number>();
			for (const problem of result.problems) if (problem.column) counts.set(problem.column, (counts.get(problem.column) ?? 0) + 1);
			if (counts.size) lines.push(t('byColumn', { list: [...counts].sort((a, b) => b[1] - a[1]).map(([column, count]) => `${column} ${count}`).join(listSeparator(locale)) }));
		}
		lines.push(t('failed', { count: result.problems.length, file: result.file }));
		return lines;
	}
	lines.push(t(result.dryRun ? 'headingDryRun' : 'heading', { file: result.file, content: result.root }));
	const counts = { create: 0, update: 0, unchanged: 0 };
	for (const offer of result.offers) {
		counts[offer.state]++;
		const changed = offer.files.filter((file) => file.state !== 'unchanged').map((file) => file.name);
		const same = offer.files.filter((file) => file.state === 'unchanged').map((file) => file.name);
		if (offer.state === 'create') lines.push(t(result.dryRun ? 'wouldCreate' : 'created', { id: offer.id, files: files(changed) }));
		else if (offer.state === 'update') lines.push(t(result.dryRun ? 'wouldUpdate' : 'updated', { id: offer.id, files: files(changed), unchanged: files(same) }));
		else lines.push(t('unchanged', { id: offer.id }));
		if (offer.kept.length && offer.state !== 'unchanged') lines.push(t('kept', { files: files(offer.kept) }));
	}
	if (result.translations.length) {
		lines.push(t('outdatedHeading'));
		for (const note of result.translations) lines.push(t(note.kind === 'outdated' ? 'outdated' : 'mayBeOutdated', { file: note.file, id: note.id, source: note.source, hash: note.hash }));
	}
	lines.push(...result.warnings);
	if (result.writeError) {
		lines.push(result.writeError.unrestored.length ? t('restoreFailed', { reason: result.writeError.reason, files: files(result.writeError.unrestored) }) : t('writeFailed', { reason: result.writeError.reason }));
		return lines;
	}
	lines.push(t(result.dryRun ? 'totalsDryRun' : 'totals', { created: counts.create, updated: counts.update, unchanged: counts.unchanged }));
	return lines;
}
