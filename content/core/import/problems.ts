import type { TableRow } from './read-table.ts';

/** One problem found by the import, worded for the member of staff who prepared the file. */
export interface ImportProblem {
	/**
	 * - `file`: the file as a whole (its encoding, its header);
	 * - `row`: one row (offer) of it, with the column and the value when known;
	 * - `content`: the content folder itself, not the imported file (it must be fixed first).
	 */
	scope: 'file' | 'row' | 'content';
	row?: TableRow;
	column?: string;
	/** The cell's value as received (shortened), for the message. */
	value?: string;
	problem: string;
}

/** A value quoted for a message, shortened to one line of reasonable length. */
export function quoteValue(value: unknown): string {
	const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
	const line = text.replace(/\s*\n\s*/g, ' ⏎ ');
	return `"${line.length > 60 ? `${line.slice(0, 57)}…` : line}"`;
}
