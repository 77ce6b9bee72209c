import { renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { ContentModel } from '../model/build-model.ts';
import { formatIssue, type ContentIssue } from '../model/content-error.ts';
import { contentDir, displayPath } from '../read/display-path.ts';
import { findUnsafeMarkdown } from '../safety/unsafe-markdown.ts';
import { achievementFactsSchema, achievementTextSchema, type AchievementFacts } from '../schema/achievement.ts';
import { LOCALES, isLocale } from '../schema/locales.ts';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
import { WriteError, writeAllOrNothing } from './apply.ts';
import { cellText, isEmptyCell } from './clean-cell.ts';
import { COLUMNS, FACT_COLUMNS, LIST_COLUMNS, REQUIRED_COLUMNS, closestColumn, isKnownColumn, isMultiline, textColumn } from './columns.ts';
import { readExistingOffer, type ExistingOffer } from './existing.ts';
import { listSeparator, messageLocale, translator, type MessageLocale, type Translate } from './messages.ts';
import { listHint, parseRow, type RowOffer } from './parse-row.ts';
import { normalise, planOffer, type PlannedOffer, type TranslationNote } from './plan-offer.ts';
import { quoteValue, type ImportProblem } from './problems.ts';
import { readTable, type Table, type TableFormat, type TableRow } from './read-table.ts';
import { formatProblem, formatReport, rowLabel } from './report.ts';
import { validateOverlay } from './validate-overlay.ts';

export interface ImportOptions {
	/** The spreadsheet: .xlsx, .csv or .json. */
	file: string;
	/** The content folder; default contentDir() (`SRE_CONTENT_DIR`, else `content/`). */
	root?: string;
	/** Check and report, write nothing. */
	dryRun?: boolean;
	/** The language of the messages; default from LC_ALL, LC_MESSAGES, LANG. */
	locale?: MessageLocale;
	/** Tests only: a rename that fails, to check that a failed write puts everything back. */
	rename?: (from: string, to: string) => void;
}

export interface OfferOutcome {
	id: string;
	row: TableRow;
	state: 'create' | 'update' | 'unchanged';
	files: { name: string; state: 'create' | 'update' | 'unchanged' }[];
	kept: string[];
}

export interface ImportResult {
	ok: boolean;
	dryRun: boolean;
	/** As shown in messages. */
	file: string;
	format?: TableFormat;
	root: string;
	problems: ImportProblem[];
	/** Reader warnings about the files the import would write (a very long body), worded already. */
	warnings: string[];
	offers: OfferOutcome[];
	translations: TranslationNote[];
	/** True when files were written (false for a dry run, a failed check or a failed write). */
	written: boolean;
	writeError?: { reason: string; unrestored: string[] };
	/** The report for the terminal, in the chosen language. */
	lines: string[];
	/** Seconds spent reading the file, checking the rows, checking the content as a whole, writing, and the process's CPU seconds in each (for the benchmark). */
	timings: { read: number; rows: number; content: number; write: number; cpu: { read: number; rows: number; content: number; write: number } };
}

/** Fields of index.md the interchange format does not carry: an update keeps them as they are. */
const COVERED_FACTS = new Set(['sourceLocale', 'sector', 'trl', 'ipStatus', 'patents', 'cooperationModes', 'owner', 'targetRegions', 'terms', 'contact', 'published', 'expires', 'status']);
const FACT_ORDER = Object.keys(achievementFactsSchema.shape);
export const KEPT_FACTS = FACT_ORDER.filter((key) => !COVERED_FACTS.has(key));

/**
 * Imports technology offers from a spreadsheet into the content folder, all or nothing: every row
 * is checked with the import's own column checks and the build's schemas, the resulting content is
 * checked as a whole with the real reader, and only when nothing is wrong are the changed files
 * written (each to a temporary file, then renamed; a failure puts everything back).
 */
export async function importOffers(options: ImportOptions): Promise<ImportResult> {
	const locale = options.locale ?? messageLocale();
	const t = translator(locale);
	const root = options.root ?? contentDir();
	const shownFile = displayPath(options.file);
	const result: ImportResult = { ok: false, dryRun: options.dryRun === true, file: shownFile, root: displayPath(root), problems: [], warnings: [], offers: [], translations: [], written: false, lines: [], timings: { read: 0, rows: 0, content: 0, write: 0, cpu: { read: 0, rows: 0, content: 0, write: 0 } } };
	let lap = performance.now();
	let cpu = process.cpuUsage();
	const time = (phase: 'read' | 'rows' | 'content' | 'write') => {
		const now = performance.now();
		const used = process.cpuUsage(cpu);
		result.timings[phase] = (now - lap) / 1000;
		result.timings.cpu[phase] = (used.user + used.system) / 1e6;
		lap = now;
		cpu = process.cpuUsage();
	};
	const finish = () => {
		// In the order of the file: the file's own problems, the content folder's, then row by row (each row's in column order).
		result.problems.sort((a, b) => problemOrder(a) - problemOrder(b));
		result.ok = result.problems.length === 0 && !result.writeError;
		result.lines = formatReport(result, t, locale);
		return result;
	};

	const table = await readTable(options.file, t);
	time('read');
	if ('problem' in table) {
		result.problems.push({ scope: 'file', problem: table.problem });
		return finish();
	}
	result.format = table.format;
	const problems = result.problems;
	const missing = checkHeader(table, t, locale, problems);
	for (const shape of table.rowProblems) {
		const problem = shape.kind === 'notObject' ? t('jsonNotObject') : t('moreCellsThanColumns', { count: shape.count, columns: table.columns.length, delimiter: table.delimiter ?? ',' });
		problems.push({ scope: 'row', row: shape.row, problem });
	}
	if (table.rows.length === 0 && table.rowProblems.length === 0) {
		problems.push({ scope: 'file', problem: t('noOffers') });
		return finish();
	}

	// Each row on its own: the import's checks, then the schemas on what would be written.
	const rowProblems: ImportProblem[] = [];
	const offers = table.rows.map((row) => parseRow(row, t, locale, rowProblems, missing));
	const duplicates = findDuplicates(offers, table, t, locale, rowProblems);
	const checked = offers.map((offer) => {
		const folder = offer.id && !duplicates.has(offer.id) ? readExistingOffer(root, offer.id) : undefined;
		let existing: ExistingOffer | undefined;
		if (folder?.kind === 'unsafe') rowProblems.push({ scope: 'row', row: offer.row, column: 'id', value: quoteValue(offer.id), problem: t('unsafeFolder', { path: folder.path }) });
		else if (folder?.kind === 'folder') {
			existing = folder.offer;
			for (const unreadable of existing.unreadable) rowProblems.push({ scope: 'row', row: offer.row, problem: t('existingUnreadable', unreadable) });
		}
		const facts = mergeFacts(offer, existing);
		// A problem already reported (a missing column, say) makes the schema's verdict on the facts moot, not the facts valid.
		const validFacts = checkFacts(offer, facts, t, rowProblems);
		checkTexts(offer, existing, t, rowProblems);
		return { offer, facts, existing, validFacts };
	});
	// Only rows without any problem are planned (and checked as a whole with the content).
	const wrongRows = new Set([...problems, ...rowProblems].map((problem) => problem.row));
	const planned: { offer: RowOffer; plan: PlannedOffer; parsed: AchievementFacts }[] = [];
	for (const { offer, facts, existing, validFacts } of checked) {
		if (!validFacts || !offer.id || wrongRows.has(offer.row)) continue;
		planned.push({ offer, plan: planOffer(offer.id, facts, offer.texts, existing), parsed: validFacts });
	}
	problems.push(...rowProblems);
	time('rows');

	// The content as a whole, as it would be, through the real reader.
	const writes = planned.flatMap(({ plan }) => plan.files.filter((file) => file.state !== 'unchanged').map((file) => ({ relative: file.relative, text: file.text })));
	if (planned.length > 0) {
		const overlay = validateOverlay(root, writes);
		const byFile = new Map(planned.flatMap(({ offer, plan }) => plan.files.map((file) => [file.relative, { offer, file }] as const)));
		const byId = new Map(planned.map(({ offer, plan }) => [plan.id, offer]));
		for (const issue of overlay.issues) problems.push(placeIssue(issue, byFile, byId, root, t));
		if (overlay.model) checkReadBack(planned, overlay.model);
		for (const warning of overlay.warnings) {
			const placed = warning.relative ? byFile.get(warning.relative) : undefined;
			if (placed && placed.file.state !== 'unchanged') result.warnings.push(t('warning', { problem: formatProblem(placeIssue(warning, byFile, byId, root, t), t, shownFile, table.format) }));
		}
	}

	time('content');

	for (const { offer, plan } of planned) {
		const changed = plan.files.some((file) => file.state !== 'unchanged');
		result.offers.push({ id: plan.id, row: offer.row, state: !plan.existed ? 'create' : changed ? 'update' : 'unchanged', files: plan.files.map(({ name, state }) => ({ name, state })), kept: plan.kept });
		result.translations.push(...plan.notes);
	}
	if (problems.length > 0 || options.dryRun || writes.length === 0) return finish();

	try {
		writeAllOrNothing(root, writes, options.rename ?? renameSync);
		result.written = true;
	} catch (error) {
		if (!(error instanceof WriteError)) throw error;
		result.writeError = { reason: error.message, unrestored: error.unrestored.map(displayPath) };
	}
	time('write');
	return finish();
}

/**
 * Every file the import writes must read back, through the reader, as exactly what the row says:
 * a quoting mistake in the writer must never publish something else. A mismatch is a bug in the
 * import, and stops it before anything is written.
 */
function checkReadBack(planned: readonly { plan: PlannedOffer; parsed: AchievementFacts }[], model: ContentModel): void {
	const items = new Map(model.achievements.map((item) => [item.id, item]));
	for (const { plan, parsed } of planned) {
		const item = items.get(plan.id);
		const mismatch = (what: string) => new Error(`internal error: ${what} of ${plan.id} does not read back as the row says; nothing was written. Please report this with the file you imported.`);
		if (!item) throw mismatch('the offer');
		if (plan.files[0]?.state !== 'unchanged') {
			if (!isDeepStrictEqual(normalise(parsed), normalise(item.facts))) throw mismatch('index.md');
		}
		for (const file of plan.files) {
			if (!file.locale || file.state === 'unchanged') continue;
			const expected = plan.expected.texts[file.locale];
			const read = item.texts[file.locale];
			// The reader's text data has machineTranslated always (false by default); the body is exactly what was written, trimmed.
			const data = expected && { ...expected.data, machineTranslated: expected.data.machineTranslated === true };
			if (!expected || !read || !isDeepStrictEqual(normalise(data), normalise(read.data)) || expected.body.trim() !== read.body) throw mismatch(file.name);
		}
	}
}

function problemOrder(problem: ImportProblem): number {
	if (problem.scope === 'file') return -2;
	if (problem.scope === 'content') return -1;
	return problem.row?.number ?? 0;
}

/** Unknown, duplicate, unnamed and missing columns. Returns the missing required columns. */
function checkHeader(table: Table, t: Translate, locale: MessageLocale, problems: ImportProblem[]): Set<string> {
	const seen = new Map<string, number>();
	for (const column of table.columns) {
		if (column.name === '') {
			const key = table.format === 'json' ? '' : `#${column.index}`;
			const row = table.rows.find((candidate) => !isEmptyCell(candidate.cells[key]));
			if (row) problems.push({ scope: 'file', problem: t('unnamedColumn', { index: column.index, where: rowLabel(row, table.format, t) }) });
			continue;
		}
		const first = seen.get(column.name);
		if (first !== undefined) {
			problems.push({ scope: 'file', problem: t('duplicateColumn', { column: column.name, first, second: column.index }) });
			continue;
		}
		seen.set(column.name, column.index);
		if (isKnownColumn(column.name)) continue;
		const suggestion = closestColumn(column.name);
		problems.push({
			scope: 'file',
			problem: suggestion ? t('unknownColumnSuggest', { column: column.name, suggestion }) : t('unknownColumn', { column: column.name, known: COLUMNS.join(listSeparator(locale)) }),
		});
	}
	const missing = new Set(REQUIRED_COLUMNS.filter((column) => !seen.has(column)));
	for (const column of missing) problems.push({ scope: 'file', problem: t('missingColumn', { column, required: REQUIRED_COLUMNS.join(listSeparator(locale)) }) });
	return missing;
}

/** Ids given in more than one row: each of those rows is reported, none is imported. */
function findDuplicates(offers: RowOffer[], table: Table, t: Translate, locale: MessageLocale, problems: ImportProblem[]): Set<string> {
	const rows = new Map<string, RowOffer[]>();
	for (const offer of offers) if (offer.id) rows.set(offer.id, [...(rows.get(offer.id) ?? []), offer]);
	const duplicates = new Set<string>();
	for (const [id, list] of rows) {
		if (list.length < 2) continue;
		duplicates.add(id);
		const labels = list.map((offer) => rowLabel(offer.row, table.format, t)).join(listSeparator(locale));
		for (const offer of list) problems.push({ scope: 'row', row: offer.row, column: 'id', value: quoteValue(id), problem: t('duplicateId', { id, rows: labels }) });
	}
	return duplicates;
}

/** The facts to write: the row's, plus what the format does not carry kept from the existing index.md, in the schema's order. */
function mergeFacts(offer: RowOffer, existing: ExistingOffer | undefined): Record<string, unknown> {
	const merged: Record<string, unknown> = { ...offer.facts };
	const before = existing?.index?.parsed()?.data;
	if (before) {
		if (!offer.statusGiven && before.status !== undefined) merged.status = before.status;
		for (const key of KEPT_FACTS) if (before[key] !== undefined) merged[key] = before[key];
	}
	return Object.fromEntries(FACT_ORDER.filter((key) => merged[key] !== undefined).map((key) => [key, merged[key]]));
}

/** Valid values for fields that are wrong, chosen to satisfy the rules between fields whatever the others are. */
const STAND_INS: Record<string, unknown> = {
	sourceLocale: 'en',
	sector: codesOf(VOCABULARIES.sector)[0],
	trl: 1,
	ipStatus: 'patent-granted',
	patents: undefined,
	cooperationModes: [codesOf(VOCABULARIES.cooperationMode)[0]],
	owner: { name: { en: 'stand-in' }, country: 'CN' },
	targetRegions: undefined,
	terms: 'negotiable',
	contact: 'market',
	published: '1900-01-01',
	expires: undefined,
	status: 'published',
	featured: false,
	sample: false,
	images: undefined,
};

/** The column a schema problem in index.md is about (`owner.name.en` → ownerName_en), if the format has one. */
export function columnOfFact(path: readonly PropertyKey[], sourceLocale: string | undefined): string | undefined {
	const [head, second, third] = path.map(String);
	if (head === 'owner') {
		if (second === 'country') return 'ownerCountry';
		if (second === 'name' && third && isLocale(third)) return third === sourceLocale ? 'ownerName' : `ownerName_${third}`;
		return sourceLocale === 'zh' || sourceLocale === 'en' || !sourceLocale ? 'ownerName' : 'ownerName_en';
	}
	return head && (FACT_COLUMNS as readonly string[]).includes(head) ? head : undefined;
}

/** The build's schema on the facts the row would write: their parsed form, or undefined (problems reported). */
function checkFacts(offer: RowOffer, facts: Record<string, unknown>, t: Translate, problems: ImportProblem[]): AchievementFacts | undefined {
	const parsed = achievementFactsSchema.safeParse(facts, { reportInput: true });
	if (parsed.success) return parsed.data;
	const issues = [...parsed.error.issues];
	// zod checks rules between fields (expires after published, patents need a patent status) only
	// when every field is valid; check them again with valid stand-ins for the wrong fields, so
	// that every problem of the row is reported at once.
	const wrong = new Set(issues.map((issue) => String(issue.path[0] ?? '')));
	const standIn = { ...facts, ...Object.fromEntries([...wrong].filter((key) => key in STAND_INS).map((key) => [key, STAND_INS[key]])) };
	const again = achievementFactsSchema.safeParse(standIn, { reportInput: true });
	if (!again.success) issues.push(...again.error.issues.filter((issue) => !wrong.has(String(issue.path[0] ?? ''))));
	for (const issue of issues) {
		const column = columnOfFact(issue.path, offer.sourceLocale);
		if (column && offer.flagged.has(column)) continue;
		if (!column) {
			problems.push({ scope: 'row', row: offer.row, problem: t('fileProblem', { file: 'index.md', problem: `${issue.path.join('.')}: ${issue.message}` }) });
			continue;
		}
		const value = valueAt(offer, column, issue);
		problems.push({ scope: 'row', row: offer.row, column, ...(value === undefined ? {} : { value: quoteValue(value) }), problem: issue.message + (value === undefined ? '' : listHint(column, cellText(offer.row.cells[column], false) ?? '', t)) });
	}
	return undefined;
}

/** The value a problem is about: the list item for a list column, else the cell. */
function valueAt(offer: RowOffer, column: string, issue: z.core.$ZodIssue): unknown {
	const cell = offer.row.cells[column];
	const index = issue.path[1];
	if (LIST_COLUMNS.has(column) && typeof index === 'number') {
		const input = (issue as { input?: unknown }).input;
		if (input !== undefined) return input;
	}
	return Array.isArray(cell) ? cell : cellText(cell, isMultiline(column));
}

/** The schema on each language's title and summary, the safety check on each body, and the source-language text. */
function checkTexts(offer: RowOffer, existing: ExistingOffer | undefined, t: Translate, problems: ImportProblem[]): void {
	for (const locale of LOCALES) {
		const text = offer.texts[locale];
		if (!text) continue;
		const parsed = achievementTextSchema.safeParse({ title: text.title, summary: text.summary }, { reportInput: true });
		if (!parsed.success) {
			for (const issue of parsed.error.issues) {
				const field = String(issue.path[0] ?? '');
				const column = field === 'title' || field === 'summary' ? textColumn(field, locale) : textColumn('title', locale);
				const value = cellText(offer.row.cells[column], false);
				problems.push({ scope: 'row', row: offer.row, column, ...(value === undefined ? {} : { value: quoteValue(value) }), problem: issue.message });
			}
		}
		for (const issue of findUnsafeMarkdown(text.body, textColumn('body', locale), 1)) {
			problems.push({ scope: 'row', row: offer.row, column: textColumn('body', locale), problem: t('cellLine', { line: issue.line ?? 1, problem: withoutLine(issue.problem) }) });
		}
	}
	const source = offer.sourceLocale;
	if (source && !offer.texts[source] && !existing?.texts[source] && !offer.flagged.has(textColumn('title', source))) {
		problems.push({ scope: 'row', row: offer.row, column: textColumn('title', source), problem: t('sourceTextMissing', { locale: source }) });
	}
}

/** The reader's body messages say "(line 12)", a line of the file; the import names the line of the cell instead. */
function withoutLine(problem: string): string {
	return problem.replace(/ \(line \d+\)/, '');
}

/** A reader problem on the content as it would be, placed at the row and column it comes from where it can be. */
function placeIssue(
	issue: ContentIssue & { relative?: string },
	byFile: ReadonlyMap<string, { offer: RowOffer; file: PlannedOffer['files'][number] }>,
	byId: ReadonlyMap<string, RowOffer>,
	root: string,
	t: Translate,
): ImportProblem {
	const placed = issue.relative ? byFile.get(issue.relative) : undefined;
	if (placed && placed.file.state !== 'unchanged') {
		const { offer, file } = placed;
		let column: string | undefined;
		let problem = issue.problem;
		if (!file.locale) column = issue.field ? columnOfFact(issue.field.split('.'), offer.sourceLocale) : undefined;
		else if (issue.field === 'title' || issue.field === 'summary') column = textColumn(issue.field, file.locale);
		else if (!issue.field && issue.line && file.bodyLine && issue.line >= file.bodyLine) {
			column = textColumn('body', file.locale);
			problem = t('cellLine', { line: issue.line - file.bodyLine + 1, problem: withoutLine(issue.problem) });
		}
		if (column) return { scope: 'row', row: offer.row, column, problem };
		return { scope: 'row', row: offer.row, problem: t('fileProblem', { file: file.name, problem: issue.field ? `${issue.field}: ${problem}` : problem }) };
	}
	const shown = issue.relative ? displayPath(join(root, issue.relative)) : issue.file;
	const id = issue.relative ? /^achievements\/([^/]+)\//.exec(issue.relative)?.[1] : undefined;
	const offer = id ? byId.get(id) : undefined;
	if (offer) return { scope: 'row', row: offer.row, problem: t('fileProblem', { file: basename(shown) || shown, problem: formatIssue({ ...issue, file: shown }) }) };
	return { scope: 'content', problem: t('existingContent', { problem: formatIssue({ ...issue, file: shown }) }) };
}

export type { ImportProblem, TranslationNote };
