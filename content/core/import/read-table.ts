import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { guessEncoding, looksLikeUtf16 } from '../safety/guess-encoding.ts';
import { cellText, type RawCell } from './clean-cell.ts';
import type { Translate } from './messages.ts';

export type TableFormat = 'csv' | 'xlsx' | 'json';

/** One offer as the file gives it: its cells by column name, and where it is. */
export interface TableRow {
	/** The spreadsheet row (the header is row 1), or the element of the JSON array (the first is 1). */
	number: number;
	/** CSV only: the line of the file the row starts on, when a multi-line cell above moved it from `number`. */
	line?: number;
	cells: Record<string, RawCell>;
}

/** A header cell: its name and its place (1 is the first column). */
export interface TableColumn {
	name: string;
	index: number;
}

export type RowShapeProblem = { row: TableRow; kind: 'moreCells'; count: number } | { row: TableRow; kind: 'notObject' };

export interface Table {
	format: TableFormat;
	/** The header, in the file's order (JSON: every key used by any object, in order of first use). */
	columns: TableColumn[];
	rows: TableRow[];
	/** CSV: the separator the file uses. */
	delimiter?: string;
	/** Problems with the rows' shape found while reading: a row with more cells than columns, a JSON element that is not an object. */
	rowProblems: RowShapeProblem[];
}

/** Reads a spreadsheet of offers, or says, in the user's language, why it cannot. */
export async function readTable(path: string, t: Translate): Promise<Table | { problem: string }> {
	const extension = extname(path).toLowerCase();
	if (extension === '.xls') return { problem: t('oldExcelFormat') };
	if (extension !== '.csv' && extension !== '.xlsx' && extension !== '.json') return { problem: t('unsupportedType', { extension: extension || path }) };
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		return { problem: t('fileUnreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
	}
	if (extension === '.xlsx') return readXlsx(bytes, t);
	const decoded = decodeUtf8(bytes, t);
	if ('problem' in decoded) return decoded;
	return extension === '.csv' ? readCsv(decoded.text, t) : readJson(decoded.text, t);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8" writes one); anything else is refused with the encoding it looks like. */
function decodeUtf8(bytes: Uint8Array, t: Translate): { text: string } | { problem: string } {
	// UTF-16 (Excel's "Unicode text", Notepad's "Unicode") has a byte-order mark or zero bytes; scanning for them is cheap, the full check is not.
	const utf16Mark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (utf16Mark || (bytes.includes(0) && looksLikeUtf16(bytes))) return notUtf8(bytes, t);
	// A workbook (zip: .xlsx; OLE: .xls) or a PDF saved under a text file's name.
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { problem: t('binaryText') };
	try {
		// A stray NUL in a cell is a control character like others: the cleaning removes it.
		return { text: strictUtf8.decode(bytes) };
	} catch {
		return notUtf8(bytes, t);
	}
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
	return signature.every((byte, index) => bytes[index] === byte);
}

function notUtf8(bytes: Uint8Array, t: Translate): { problem: string } {
	const guess = guessEncoding(bytes);
	return { problem: guess ? t('notUtf8', { encoding: guess.description }) : t('notUtf8Unknown') };
}

async function readXlsx(bytes: Buffer, t: Translate): Promise<Table | { problem: string }> {
	let data: unknown[][];
	try {
		data = (await readSheet(bytes, { trim: false })) as unknown[][];
	} catch (error) {
		return { problem: t('notXlsx', { reason: error instanceof Error ? error.message : String(error) }) };
	}
	return fromGrid(
		'xlsx',
		data.map((cells, index) => ({ cells: cells as RawCell[], number: index + 1 })),
		undefined,
	);
}

function readCsv(text: string, t: Translate): Table | { problem: string } {
	// One kind of line break, so that line numbers are right whatever program saved the file.
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const delimiter = detectDelimiter(source);
	const parsed = parseCsv(source, delimiter);
	if ('unclosedQuoteLine' in parsed) return { problem: t('csvQuoteNotClosed', { line: parsed.unclosedQuoteLine }) };
	return fromGrid('csv', parsed.records.map((record, index) => ({ cells: record.cells, number: index + 1, line: record.line })), delimiter);
}

/**
 * Comma or semicolon (Excel writes semicolons where the decimal separator is a comma: Russia,
 * Norway). Column names contain neither, so the header line decides: the separator that splits
 * it into more names.
 */
function detectDelimiter(source: string): ',' | ';' {
	const header = source.slice(0, source.indexOf('\n') === -1 ? undefined : source.indexOf('\n'));
	const count = (char: string) => header.split(char).length;
	return count(';') > count(',') ? ';' : ',';
}

const QUOTE = 34;
const NEWLINE = 10;

/**
 * CSV as spreadsheet programs write it (RFC 4180): cells separated by `delimiter`, records by line
 * breaks ("\n" only: the caller normalises them), a cell in double quotes may hold the separator,
 * line breaks and doubled quotes (""). Leniently, a quote inside an unquoted cell is a quote
 * (5" screen), and text after a closing quote belongs to the cell. Each record comes with the line
 * it starts on. Ten times faster than csv-parse on 100 MB of offers, which matters at 10,000 rows.
 */
export function parseCsv(text: string, delimiter: string): { records: { cells: string[]; line: number }[] } | { unclosedQuoteLine: number } {
	const records: { cells: string[]; line: number }[] = [];
	const separator = delimiter.charCodeAt(0);
	const length = text.length;
	let index = 0;
	let line = 1;
	const endOfCell = (from: number) => {
		let at = from;
		while (at < length) {
			const code = text.charCodeAt(at);
			if (code === separator || code === NEWLINE) break;
			at++;
		}
		return at;
	};
	while (index < length) {
		const cells: string[] = [];
		const startLine = line;
		for (;;) {
			if (text.charCodeAt(index) === QUOTE) {
				const openedOn = line;
				let value = '';
				let from = index + 1;
				for (;;) {
					const quote = text.indexOf('"', from);
					if (quote < 0) return { unclosedQuoteLine: openedOn };
					const part = text.slice(from, quote);
					for (let newline = part.indexOf('\n'); newline >= 0; newline = part.indexOf('\n', newline + 1)) line++;
					value += part;
					if (text.charCodeAt(quote + 1) === QUOTE) {
						value += '"';
						from = quote + 2;
						continue;
					}
					from = quote + 1;
					break;
				}
				index = endOfCell(from);
				cells.push(value + text.slice(from, index));
			} else {
				const end = endOfCell(index);
				cells.push(text.slice(index, end));
				index = end;
			}
			if (index < length && text.charCodeAt(index) === separator) {
				index++;
				continue;
			}
			if (index < length) {
				index++;
				line++;
			}
			break;
		}
		records.push({ cells, line: startLine });
	}
	return { records };
}

/** A CSV or worksheet grid: the first non-empty row names the columns, each further non-empty row is an offer. */
function fromGrid(format: 'csv' | 'xlsx', grid: { cells: RawCell[]; number: number; line?: number }[], delimiter: string | undefined): Table {
	const isBlank = (cell: RawCell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
	const headerAt = grid.findIndex((row) => row.cells.some((cell) => !isBlank(cell)));
	const table: Table = { format, columns: [], rows: [], rowProblems: [], ...(delimiter ? { delimiter } : {}) };
	if (headerAt < 0) return table;
	const header = grid[headerAt]!.cells;
	// Header names are cleaned like cells: a stray space or a zero-width character must not make "id" unknown.
	table.columns = header.map((cell, index) => ({ name: cellText(cell, false) ?? '', index: index + 1 }));
	for (const row of grid.slice(headerAt + 1)) {
		if (row.cells.every(isBlank)) continue;
		const cells: Record<string, RawCell> = {};
		const extra: RawCell[] = [];
		row.cells.forEach((cell, index) => {
			const column = table.columns[index];
			if (!column) extra.push(cell);
			// Unnamed columns keep their cells under their position, to report data in them.
			else cells[column.name === '' ? `#${column.index}` : column.name] = cell;
		});
		const tableRow: TableRow = { number: row.number, cells, ...(format === 'csv' && row.line !== undefined && row.line !== row.number ? { line: row.line } : {}) };
		table.rows.push(tableRow);
		if (extra.some((cell) => !isBlank(cell))) {
			table.rowProblems.push({ row: tableRow, kind: 'moreCells', count: row.cells.length });
		}
	}
	return table;
}

function readJson(text: string, t: Translate): Table | { problem: string } {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { problem: t('jsonSyntax', { reason: error instanceof Error ? error.message : String(error) }) };
	}
	if (!Array.isArray(data)) return { problem: t('jsonNotArray') };
	const table: Table = { format: 'json', columns: [], rows: [], rowProblems: [] };
	const seen = new Map<string, TableColumn>();
	data.forEach((item, index) => {
		const row: TableRow = { number: index + 1, cells: {} };
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			table.rowProblems.push({ row, kind: 'notObject' });
			return;
		}
		for (const [rawKey, value] of Object.entries(item as Record<string, unknown>)) {
			const key = cellText(rawKey, false) ?? '';
			if (!seen.has(key)) {
				const column = { name: key, index: seen.size + 1 };
				seen.set(key, column);
				table.columns.push(column);
			}
			row.cells[key] = value as RawCell;
		}
		table.rows.push(row);
	});
	return table;
}
