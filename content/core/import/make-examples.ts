/**
 * Writes content/examples/offers.csv and offers.xlsx from offers.json, so that the three examples
 * of the interchange format hold the same offers. Run after editing offers.json:
 *   node content/core/import/make-examples.ts
 * The files are committed; test/unit/import-examples.test.ts checks that they still match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS } from './columns.ts';
import { toCsv, toXlsx, type OfferRow } from './write-table.ts';

export const EXAMPLES_DIR = 'content/examples';

/** The example offers as rows: every column of the format, in its order. */
export function exampleRows(): OfferRow[] {
	return JSON.parse(readFileSync(join(EXAMPLES_DIR, 'offers.json'), 'utf8')) as OfferRow[];
}

if (import.meta.main) {
	const rows = exampleRows();
	writeFileSync(join(EXAMPLES_DIR, 'offers.csv'), toCsv(rows, COLUMNS));
	writeFileSync(join(EXAMPLES_DIR, 'offers.xlsx'), await toXlsx(rows, COLUMNS));
	console.log(`wrote ${EXAMPLES_DIR}/offers.csv and offers.xlsx: ${rows.length} offers, ${COLUMNS.length} columns`);
}
