/**
 * Writes offers in the interchange format, as a spreadsheet program would: CSV UTF-8 with a
 * byte-order mark (Excel's "CSV UTF-8") and .xlsx with date cells. For the examples in
 * content/examples/ (make-examples.ts), the import benchmark and the tests; the import itself
 * never writes spreadsheets. write-excel-file is a development dependency.
 */
import writeExcelFile, { type SheetData } from 'write-excel-file/node';
import { parseCalendarDate } from '../schema/fields.ts';

export type TableValue = string | number | null | undefined;
export type OfferRow = Record<string, TableValue>;

/** A CSV cell, quoted when it holds the separator, a quote, a line break or surrounding spaces. */
function csvCell(value: TableValue, delimiter: string): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return text.includes(delimiter) || /["\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a header row; `bom` as Excel's "CSV UTF-8" writes it. */
export function toCsv(rows: readonly OfferRow[], columns: readonly string[], { delimiter = ',', bom = true, newline = '\n' } = {}): string {
	const lines = [columns.map((column) => csvCell(column, delimiter)).join(delimiter), ...rows.map((row) => columns.map((column) => csvCell(row[column], delimiter)).join(delimiter))];
	return `${bom ? '\uFEFF' : ''}${lines.join(newline)}${newline}`;
}

const DATE_COLUMNS = new Set(['published', 'expires']);

/** An .xlsx workbook with one sheet: a bold header row, then one offer per row; dates as date cells, as Excel stores typed dates. */
export async function toXlsx(rows: readonly OfferRow[], columns: readonly string[]): Promise<Buffer> {
	const header = columns.map((column) => ({ value: column, fontWeight: 'bold' as const }));
	const data = rows.map((row) =>
		columns.map((column) => {
			const value = row[column];
			if (value === null || value === undefined || value === '') return null;
			const day = DATE_COLUMNS.has(column) && typeof value === 'string' ? parseCalendarDate(value) : undefined;
			if (day) return { value: day, type: Date, format: 'yyyy-mm-dd' };
			return { value };
		}),
	);
	const widths = columns.map((column) => ({ width: column.startsWith('body_') ? 60 : column.startsWith('title_') || column.startsWith('summary_') || column.startsWith('ownerName') ? 40 : 18 }));
	const sheet = [header, ...data] as SheetData;
	return (await writeExcelFile(sheet, { sheet: 'offers', columns: widths, stickyRowsCount: 1 }).toBuffer()) as Buffer;
}
