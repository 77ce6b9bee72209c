import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../content/core/catalogue/build-catalogue.ts';
import type { CatalogueOffer } from '../../content/core/catalogue/catalogue-schema.ts';
import { OFFER_CSV_COLUMNS, csvCell, offersCsv, termsCell } from '../../content/core/export/offer-csv.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { parseCalendarDate } from '../../content/core/schema/fields.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const { model, market } = readContent(FIXTURE_CONTENT);
const catalogue = buildCatalogue(model, market, 'en', parseCalendarDate('2026-06-01')!);
const offer = (id: string) => catalogue.offers.find((entry) => entry.id === id)!;

describe('CSV export of offers', () => {
	it('writes terms as the import format does', () => {
		expect(termsCell('negotiable')).toBe('negotiable');
		expect(termsCell({ min: 500000, max: 1500000, currency: 'CNY' })).toBe('CNY 500,000-1,500,000');
	});

	it('quotes cells as RFC 4180 says: commas, quotes and line breaks', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a, b')).toBe('"a, b"');
		expect(csvCell('the "best" probe')).toBe('"the ""best"" probe"');
		expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
	});

	it('guards against formula injection: =, +, -, @, tab and CR at the start get a leading apostrophe', () => {
		expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
		for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
		expect(csvCell('1+1=2')).toBe('1+1=2');
	});

	it('is UTF-8 text with a byte-order mark, CRLF line ends and the import format’s columns', () => {
		const csv = offersCsv([offer('fx-0001'), offer('fx-0002')]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
		const [header, ...rows] = parse(csv, { bom: true, record_delimiter: '\r\n' }) as string[][];
		expect(header).toEqual([...OFFER_CSV_COLUMNS]);
		expect(header!.slice(0, 8)).toEqual(['id', 'sourceLocale', 'sector', 'trl', 'ipStatus', 'patents', 'cooperationModes', 'ownerName']);
		expect(header!.at(-1)).toBe('url');
		const record = (row: string[]) => Object.fromEntries(header!.map((column, index) => [column, row[index]]));
		const first = record(rows[0]!);
		expect(first).toMatchObject({ id: 'fx-0001', trl: '8', terms: 'CNY 800,000-2,000,000', targetRegions: '143;RU', cooperationModes: offer('fx-0001').cooperationModes.join(';'), url: 'https://fixture.example.org/en/achievements/fx-0001/' });
		expect(first.patents!.split(';')).toHaveLength(2);
		// A Chinese-only offer on the English catalogue: its title goes in title_zh, not title_en.
		const second = record(rows[1]!);
		expect(second.title_zh).toBe(offer('fx-0002').title);
		expect(second.title_zh).toMatch(/\p{Script=Han}/u);
		expect(second.title_en).toBe('');
		expect(second.ownerName_zh).toBe(offer('fx-0002').owner.names.zh);
	});

	it('round-trips hostile text unchanged except for the guard', () => {
		const hostile: CatalogueOffer = { ...offer('fx-0003'), title: '=cmd|"/c calc"!A1', summary: 'Комма, "кавычки"\nи перенос' };
		const [, row] = parse(offersCsv([hostile]), { bom: true }) as string[][];
		const index = (column: string) => OFFER_CSV_COLUMNS.indexOf(column as (typeof OFFER_CSV_COLUMNS)[number]);
		expect(row![index('title_en')]).toBe(`'${hostile.title}`);
		expect(row![index('summary_en')]).toBe(hostile.summary);
	});
});
