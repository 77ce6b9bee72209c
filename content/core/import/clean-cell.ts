/**
 * Cells are untrusted: text pasted from Word, PDFs and web pages into a spreadsheet carries
 * invisible characters that would end up in titles, URLs of search results and YAML.
 */

/** A cell as the file gives it: text, a number, a date (xlsx), true/false, a list (JSON), or nothing. */
export type RawCell = string | number | boolean | Date | readonly unknown[] | Record<string, unknown> | null | undefined;

// C0 controls other than tab and line feed, DEL and C1 controls; invisible and meaningless in Markdown or YAML.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Zero-width space, joiners and non-joiner, word joiner, invisible operators, byte-order mark, and
// bidirectional overrides and isolates, which can make text read differently from what it is.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * The text of a cell, cleaned: Windows and old Mac line breaks and Unicode line separators become
 * "\n", tabs become spaces, control and zero-width characters are removed, Unicode is composed
 * (NFC: "å" typed on a Mac is one character), and the whole is trimmed. Outside multi-line
 * cells (Markdown bodies), a line break inside the cell becomes a space.
 */
export function cleanText(text: string, multiline: boolean): string {
	let clean = text
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.replace(/\t/g, multiline ? '    ' : ' ')
		.replace(CONTROL, '')
		.replace(INVISIBLE, '')
		.normalize('NFC');
	if (!multiline) clean = clean.replace(/[ \u00a0]*\n\s*/g, ' ');
	return clean.trim();
}

/** A date cell of a workbook (read as midnight UTC) as YYYY-MM-DD. */
export function isoDay(date: Date): string {
	return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

/**
 * A cell as text for the column's parser, or undefined when it is empty. Numbers are written
 * without grouping (a TRL of 7, an id cell holding 2024), dates as YYYY-MM-DD; lists and objects
 * are left for the caller.
 */
export function cellText(cell: RawCell, multiline: boolean): string | undefined {
	if (cell === null || cell === undefined) return undefined;
	let text: string;
	if (typeof cell === 'string') text = cell;
	else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
	else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
	else if (cell instanceof Date) text = isoDay(cell);
	else return undefined;
	const clean = cleanText(text, multiline);
	return clean === '' ? undefined : clean;
}

/** True when a cell holds nothing (after cleaning). */
export function isEmptyCell(cell: RawCell): boolean {
	if (Array.isArray(cell)) return cell.every((item) => isEmptyCell(item as RawCell));
	if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return false;
	return cellText(cell, true) === undefined;
}
