import { readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../content/core/import/columns.ts';
import { exampleRows } from '../../content/core/import/make-examples.ts';
import { toCsv } from '../../content/core/import/write-table.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { translationStatus } from '../../content/core/translation/translation-status.ts';
import { makeContentFixture } from '../support/fixture-content.ts';
import { fingerprint, problemLines, runImport } from '../fixtures/import/support.ts';

const EXAMPLES = ['csv', 'xlsx', 'json'].map((extension) => `content/examples/offers.${extension}`);

describe('the example files in content/examples/', () => {
	let content: ReturnType<typeof makeContentFixture>;
	beforeEach(() => {
		content = makeContentFixture();
	});
	afterEach(() => content.remove());

	for (const example of EXAMPLES) {
		it(`${example} imports into the fixture content, which then reads back through the reader`, async () => {
			const result = await runImport(content.root, example);
			expect(problemLines(result)).toEqual([]);
			expect(result.offers.map(({ id, state, files }) => ({ id, state, files: files.map((file) => file.name) }))).toEqual([
				{ id: 'to-0101', state: 'create', files: ['index.md', 'zh.md'] },
				{ id: 'to-0102', state: 'create', files: ['index.md', 'zh.md', 'en.md', 'ru.md'] },
				{ id: 'to-0103', state: 'create', files: ['index.md', 'en.md', 'nb.md'] },
			]);
			const { model } = readContent(content.root);
			const offer = (id: string) => model.achievements.find((item) => item.id === id)!;
			// One offer in Chinese only; one in zh, en and ru, its translations current; one a draft in en and nb.
			expect(Object.keys(offer('to-0101').texts)).toEqual(['zh']);
			expect(Object.keys(offer('to-0102').texts).sort()).toEqual(['en', 'ru', 'zh']);
			expect(translationStatus(offer('to-0102'), 'en').state).toBe('current');
			expect(translationStatus(offer('to-0102'), 'ru').state).toBe('current');
			expect(offer('to-0103').facts.status).toBe('draft');
			expect(offer('to-0102').facts.contact).toEqual({ email: 'tto@example.org' });
		});
	}

	it('all three hold the same offers: importing one after another changes nothing', async () => {
		await runImport(content.root, EXAMPLES[0]!);
		const before = fingerprint(content.root);
		for (const example of EXAMPLES.slice(1)) {
			const result = await runImport(content.root, example);
			expect(result.offers.map((offer) => offer.state), example).toEqual(['unchanged', 'unchanged', 'unchanged']);
		}
		expect(fingerprint(content.root)).toEqual(before);
	});

	it('offers.csv and offers.xlsx are what content/core/import/make-examples.ts makes of offers.json', async () => {
		const rows = exampleRows();
		expect(readFileSync('content/examples/offers.csv', 'utf8')).toBe(toCsv(rows, COLUMNS));
		const sheet = await readSheet(readFileSync('content/examples/offers.xlsx'));
		expect(sheet[0]).toEqual(COLUMNS);
		const asText = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value === null || value === undefined ? '' : String(value));
		expect(sheet.slice(1).map((cells) => cells.map(asText))).toEqual(rows.map((row) => COLUMNS.map((column) => asText(row[column]))));
	});
});
