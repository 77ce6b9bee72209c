import { mkdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/core/read/read-content.ts';
import { sourceHash } from '../../content/core/translation/source-hash.ts';
import { translationStatus } from '../../content/core/translation/translation-status.ts';
import { encodeLegacy, fingerprint, goodRow, problemLines, runImport, importWorkspace } from '../fixtures/import/support.ts';

const workspace = importWorkspace();

const achievement = (id: string) => readContent(workspace.content.root).model.achievements.find((item) => item.id === id);

describe('importing offers', () => {
	it('creates an offer from a CSV file, with files that read back through the reader', async () => {
		const result = await runImport(workspace.content.root, workspace.files.csv([goodRow()]));
		expect(problemLines(result)).toEqual([]);
		expect(result.ok).toBe(true);
		expect(result.written).toBe(true);
		expect(result.offers).toMatchObject([{ id: 'im-0001', state: 'create', files: [{ name: 'index.md' }, { name: 'zh.md' }, { name: 'en.md' }] }]);
		const item = achievement('im-0001')!;
		expect(item.facts).toMatchObject({
			sourceLocale: 'zh',
			sector: 'marine-equipment',
			trl: 6,
			ipStatus: 'patent-pending',
			patents: ['CN202410356218.7'],
			cooperationModes: ['licence', 'joint-development'],
			owner: { name: { zh: '黄海测试装备研究所', en: 'Yellow Sea Test Equipment Institute' }, country: 'CN' },
			targetRegions: ['RU', 'KZ', '143'],
			terms: { min: 500_000, max: 1_500_000, currency: 'CNY' },
			contact: 'market',
			status: 'published',
		});
		expect(item.facts.published.toISOString().slice(0, 10)).toBe('2026-03-02');
		expect(item.texts.zh?.data.title).toBe('潮汐能测试平台');
		expect(item.texts.en?.body).toBe('The platform works in waves up to 3 m.');
		// The translation given with its source records the source's fingerprint: it is current.
		expect(item.texts.en?.data.translatedFrom).toBe(sourceHash(item.texts.zh!));
		expect(translationStatus(item, 'en').state).toBe('current');
		expect(result.lines.join('\n')).toContain('created im-0001: index.md, zh.md, en.md');
	});

	it('writes files that look hand-written: the samples\' field order, quotes only where YAML needs them, Chinese as it is', async () => {
		await runImport(workspace.content.root, workspace.files.csv([goodRow({ title_en: 'Probe: a "deep-sea" model #2', ownerName_en: 'NO', expires: '', body_en: '## The technology\n\nThe platform works in waves up to 3 m.' })]));
		expect(workspace.content.read('achievements/im-0001/index.md')).toBe(
			[
				'---',
				'sourceLocale: zh',
				'sector: marine-equipment',
				'trl: 6',
				'ipStatus: patent-pending',
				'patents:',
				'  - CN202410356218.7',
				'cooperationModes: [licence, joint-development]',
				'owner:',
				'  name:',
				'    zh: 黄海测试装备研究所',
				'    en: NO',
				'  country: CN',
				'targetRegions: [RU, KZ, "143"]',
				'terms: { min: 500000, max: 1500000, currency: CNY }',
				'contact: market',
				'published: 2026-03-02',
				'---',
				'',
			].join('\n'),
		);
		const en = workspace.content.read('achievements/im-0001/en.md');
		expect(en).toMatch(/^---\ntitle: "Probe: a \\"deep-sea\\" model #2"\nsummary: A floating platform for sea trials of tidal energy devices\.\ntranslatedFrom: "[0-9a-f]{12}"\n---\n\n## The technology\n/);
		expect(workspace.content.read('achievements/im-0001/zh.md')).toBe('---\ntitle: 潮汐能测试平台\nsummary: 一种用于潮汐能装置海上测试的浮式平台。\n---\n\n平台可在3米浪高下作业。\n');
	});

	it('reads a semicolon CSV with a byte-order mark and Windows line breaks (Excel in Russia and Norway)', async () => {
		const result = await runImport(workspace.content.root, join('test/fixtures/import/semicolon-bom.csv'));
		expect(problemLines(result)).toEqual([]);
		const item = achievement('im-0101')!;
		expect(item.facts.terms).toEqual({ min: 1_500_000, max: 3_000_000, currency: 'RUB' });
		expect(item.facts.owner.name).toEqual({ ru: 'Мурманский институт морских технологий', en: 'Murmansk Institute of Marine Technology' });
		expect(item.texts.ru?.data.title).toBe('Датчик обледенения для судов; ледовый класс');
		expect(item.texts.ru?.body).toBe('## Технология\n\nДатчик измеряет толщину льда.\n\n- точность 1 мм;\n- питание 12 В.');
	});

	it('reads an .xlsx workbook, dates in date cells and numbers in number cells', async () => {
		const result = await runImport(workspace.content.root, await workspace.files.xlsx([goodRow({ trl: 7 }), goodRow({ id: 'im-0002', expires: '' })]));
		expect(problemLines(result)).toEqual([]);
		expect(achievement('im-0001')!.facts.trl).toBe(7);
		expect(achievement('im-0001')!.facts.expires?.toISOString().slice(0, 10)).toBe('2027-03-01');
		expect(achievement('im-0002')!.facts.expires).toBeUndefined();
	});

	it('reads JSON with numbers as numbers (and lists as arrays, empty cells as null)', async () => {
		const { trl: _trl, cooperationModes: _modes, ...rest } = goodRow();
		const result = await runImport(workspace.content.root, workspace.files.json([{ ...rest, trl: 6, cooperationModes: ['licence', 'equity'], expires: null, ownerName_en: 'Yellow Sea Test Equipment Institute' }]));
		expect(problemLines(result)).toEqual([]);
		expect(achievement('im-0001')!.facts).toMatchObject({ trl: 6, cooperationModes: ['licence', 'equity'] });
		expect(achievement('im-0001')!.facts.expires).toBeUndefined();
	});

	it('accepts thousands separators in terms and "negotiable"', async () => {
		const rows = [goodRow({ terms: "USD 1 500 000 – 2'000'000" }), goodRow({ id: 'im-0002', terms: 'negotiable' }), goodRow({ id: 'im-0003', terms: 'nok 40000-120000.50' })];
		const result = await runImport(workspace.content.root, workspace.files.csv(rows));
		expect(problemLines(result)).toEqual([]);
		expect(achievement('im-0001')!.facts.terms).toEqual({ min: 1_500_000, max: 2_000_000, currency: 'USD' });
		expect(achievement('im-0002')!.facts.terms).toBe('negotiable');
		expect(achievement('im-0003')!.facts.terms).toEqual({ min: 40_000, max: 120_000.5, currency: 'NOK' });
	});

	it('cleans cells: zero-width and control characters go, Windows line breaks become "\\n", a leading "=" is text', async () => {
		const result = await runImport(
			workspace.content.root,
			workspace.files.csv([goodRow({ id: '\u200bim-0001', title_en: '=SUM(A1:A2) tidal\u0007 platform\u202e', ownerName: ' 黄海测试装备研究所\u200d ', body_en: 'Line one\r\nline two\r\n\r\n- item\u0000' })]),
		);
		expect(problemLines(result)).toEqual([]);
		const item = achievement('im-0001')!;
		expect(item.texts.en?.data.title).toBe('=SUM(A1:A2) tidal platform');
		expect(item.facts.owner.name.zh).toBe('黄海测试装备研究所');
		expect(item.texts.en?.body).toBe('Line one\nline two\n\n- item');
	});
});

describe('all or nothing', () => {
	it('writes nothing when one row among good ones is wrong, and leaves every file byte for byte as it was', async () => {
		const before = fingerprint(workspace.content.root);
		const rows = [goodRow(), goodRow({ id: 'im-0002', trl: 'seven' }), goodRow({ id: 'im-0003' }), goodRow({ id: 'fx-0001', title_zh: '新标题' })];
		const result = await runImport(workspace.content.root, workspace.files.csv(rows));
		expect(result.ok).toBe(false);
		expect(result.written).toBe(false);
		expect(problemLines(result)).toEqual(['row 3, column trl, value "seven": "seven" is not a Technology Readiness Level; allowed values: whole numbers 1 to 9']);
		expect(result.lines.at(-1)).toContain('Nothing was written: 1 problem(s)');
		expect(fingerprint(workspace.content.root)).toEqual(before);
	});

	it('reports every problem of every row at once, by row, column, value and allowed values', async () => {
		const rows = [
			goodRow({ trl: '0' }),
			goodRow({ id: 'im-0002', trl: '10' }),
			goodRow({ id: 'im-0003', sector: 'marine', ipStatus: 'patented', cooperationModes: 'licence;sale', status: 'live' }),
			goodRow({ id: 'im-0004', published: '2026-02-30', expires: '2026-13-01' }),
			goodRow({ id: 'im-0005', published: '2026-03-02', expires: '2026-01-01', ipStatus: 'know-how' }),
			goodRow({ id: 'To-0006', sourceLocale: 'de' }),
			goodRow({ id: 'im-0007', body_en: 'See <script>alert(1)</script> and\n\n[this](javascript:alert(1))' }),
			goodRow({ id: 'im-0008', terms: 'CNY 5', contact: 'Mr Wang', ownerCountry: 'China', targetRegions: 'RU, KZ' }),
		];
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv(rows)));
		const expected = [
			'row 2, column trl, value "0": 0 is below 1; allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9',
			'row 3, column trl, value "10": 10 is above 9; allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9',
			'row 4, column sector, value "marine": "marine" is not a sector; allowed values: marine-biotech, marine-equipment, aquaculture-food',
			'row 4, column ipStatus, value "patented": "patented" is not an IP status; allowed values: none, know-how, patent-pending, patent-granted, software-copyright',
			'row 4, column cooperationModes, value "sale": "sale" is not a cooperation mode; allowed values: transfer, licence, equity',
			'row 4, column status, value "live": "live" is not a publication status; allowed values: draft, published, archived',
			'row 5, column published, value "2026-02-30": "2026-02-30" is not a date: there is no such day in the calendar',
			'row 5, column expires, value "2026-13-01": "2026-13-01" is not a date: there is no such day in the calendar',
			'row 6, column expires, value "2026-01-01": must be after the published date',
			'row 6, column ipStatus, value "know-how": patent numbers are given, so ipStatus must be patent-granted or patent-pending',
			'row 7, column id, value "To-0006": "To-0006" is not a valid id; use lower-case ASCII letters, digits and single hyphens',
			'row 7, column sourceLocale, value "de": "de" is not a portal language; allowed values: zh, en, nb, ru',
			'row 8, column body_en: line 1 of the cell: raw HTML <script> is not allowed in Markdown',
			'row 8, column body_en: line 3 of the cell: the link target "javascript:…" is not allowed',
			'row 9 (line 11), column terms, value "CNY 5": is neither "negotiable" nor a currency and amount range such as "CNY 500,000-1,500,000"',
			'row 9 (line 11), column contact, value "Mr Wang": is neither "market" (enquiries go to the market) nor an email address',
			'row 9 (line 11), column ownerCountry, value "China": "China" is not a country code',
			'row 9 (line 11), column targetRegions, value "RU, KZ": "RU, KZ" is not a region',
		];
		for (const line of expected) expect(lines.some((actual) => actual.startsWith(line)), `${line}\n\nin:\n${lines.join('\n')}`).toBe(true);
		expect(lines.find((line) => line.startsWith('row 9 (line 11), column targetRegions'))).toContain('separate several values with ";", e.g. "RU;KZ"');
	});

	it('rejects a TRL that is not a whole number 1 to 9 (0, 10, "seven", 7.5) and empty required cells', async () => {
		const rows = ['0', '10', 'seven', '7.5', ''].map((trl, index) => goodRow({ id: `im-000${index + 1}`, trl }));
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv(rows)));
		expect(lines).toHaveLength(5);
		expect(lines.every((line) => line.includes('column trl'))).toBe(true);
		expect(lines[4]).toBe('row 6, column trl: is empty; it is required. Allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9');
	});

	it('rejects ids that could name a folder elsewhere, and never writes outside content/achievements/<id>/', async () => {
		const before = fingerprint(workspace.content.root);
		const rows = ['../../etc', 'to/0001', 'to--1', 'x'.repeat(65)].map((id) => goodRow({ id }));
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv(rows)));
		expect(lines.slice(0, 3).every((line) => line.includes('is not a valid id'))).toBe(true);
		expect(lines[3]).toContain('is 65 characters long; an id has at most 64');
		expect(fingerprint(workspace.content.root)).toEqual(before);
	});

	it('rejects an id given twice in the file, naming both rows', async () => {
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv([goodRow(), goodRow({ id: 'im-0002' }), goodRow()])));
		expect(lines).toEqual([
			'row 2, column id, value "im-0001": the id "im-0001" is in more than one row (row 2, row 4); each offer must have one row',
			'row 4, column id, value "im-0001": the id "im-0001" is in more than one row (row 2, row 4); each offer must have one row',
		]);
	});

	it('rejects an unknown column (a typo must not drop data), suggesting the closest known one', async () => {
		const { title_en, ...row } = goodRow();
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv([{ ...row, titel_en: title_en }])));
		expect(lines[0]).toMatch(/^.*offers\.csv: unknown column "titel_en": did you mean "title_en"\? No data is imported from an unknown column$/);
		expect(lines).toContain('row 2, column summary_en: is filled but title_en is empty; an empty title means the offer has no en text. Fill in title_en, or empty the en columns');
		expect(problemLines(await runImport(workspace.content.root, workspace.files.csv([{ ...goodRow(), Remarks: 'x' }])))[0]).toContain('unknown column "Remarks"; no data is imported from an unknown column. Known columns: id, sourceLocale');
	});

	it('rejects a file without a required column once, not once per row', async () => {
		const { ownerCountry: _country, ...row } = goodRow();
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv([row, { ...row, id: 'im-0002' }])));
		expect(lines).toEqual([expect.stringMatching(/offers\.csv: the required column "ownerCountry" is missing; required columns: id, sourceLocale, /)]);
	});

	it('rejects a row without its source-language text, and text without a title', async () => {
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv([goodRow({ title_zh: '', summary_zh: '', body_zh: '' }), goodRow({ id: 'im-0002', title_en: '' })])));
		expect(lines).toEqual([
			"row 2, column title_zh: is empty, but zh is the offer's source language (sourceLocale) and the offer has no zh text yet; give at least its title and summary",
			'row 3, column summary_en: is filled but title_en is empty; an empty title means the offer has no en text. Fill in title_en, or empty the en columns',
		]);
	});

	it('names the line of the CSV file too, when a multi-line cell above moved the row down', async () => {
		const rows = [goodRow({ body_en: 'Line one\nline two\nline three' }), goodRow({ id: 'im-0002', trl: '0' })];
		expect(problemLines(await runImport(workspace.content.root, workspace.files.csv(rows)))).toEqual(['row 3 (line 5), column trl, value "0": 0 is below 1; allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9']);
	});

	it('rejects a CSV with an unclosed quote or a row with more cells than columns, naming the line', async () => {
		const header = 'id,sourceLocale,sector';
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('a.csv', `${header}\nim-1,zh,"marine\nim-2,zh,x\n`)))[0]).toContain('line 2: a cell begins with a double quote (") that is never closed');
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.file('b.csv', `${header}\nim-1,zh,x,CNY 500,000\n`)));
		expect(lines).toContain('row 2: has 5 cells but the first row names only 3 columns; a text containing the separator (",") must be in double quotes');
	});

	it('rejects files that are not spreadsheets of offers', async () => {
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('offers.xls', 'x')))[0]).toContain('is in the old Excel 97-2003 format (.xls)');
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('offers.txt', 'x')))[0]).toContain('is not a spreadsheet the import reads (".txt")');
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('empty.csv', '\uFEFFid,sourceLocale\n')))).toContainEqual(expect.stringContaining('holds no offers'));
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('o.json', '{"id": "x"}')))[0]).toContain('must hold a JSON array');
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('p.json', '[{"id": "x",]')))[0]).toContain('is not valid JSON');
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('q.xlsx', 'PK not really')))[0]).toContain('cannot be read as an Excel workbook');
		expect(problemLines(await runImport(workspace.content.root, join(workspace.files.dir, 'missing.csv')))[0]).toContain('cannot be read (ENOENT)');
	});
});

describe('encodings', () => {
	const header = 'id,sourceLocale,sector,trl,ipStatus,cooperationModes,ownerName,ownerCountry,terms,contact,published,title_zh,summary_zh,title_ru,summary_ru\n';

	it('rejects a GBK file, saying it looks like GBK and how to save it as UTF-8', async () => {
		const bytes = encodeLegacy(`${header}im-0001,zh,marine-equipment,6,none,licence,黄海测试装备研究所,CN,negotiable,market,2026-03-02,潮汐能测试平台,一种用于潮汐能装置海上测试的浮式平台,,\n`, 'gbk');
		const [line] = problemLines(await runImport(workspace.content.root, workspace.files.file('gbk.csv', bytes)));
		expect(line).toContain('is not saved as UTF-8 (it looks like GBK');
		expect(line).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
		expect(line).toContain('WPS');
		expect(line).toContain('LibreOffice');
	});

	it('rejects a Windows-1251 file, saying it looks like Windows-1251', async () => {
		const bytes = encodeLegacy(`${header}im-0001,ru,marine-equipment,6,none,licence,Мурманский институт,RU,negotiable,market,2026-03-02,,,Датчик обледенения,Датчик измеряет толщину льда\n`, 'windows-1251');
		const [line] = problemLines(await runImport(workspace.content.root, workspace.files.file('cp1251.csv', bytes)));
		expect(line).toContain('is not saved as UTF-8 (it looks like Windows-1251');
		expect(line).toContain('CSV UTF-8');
	});

	it('rejects UTF-16 ("Unicode text") and names it', async () => {
		const text = `\uFEFF${header}`;
		const bytes = new Uint8Array(text.length * 2);
		for (let index = 0; index < text.length; index++) bytes[index * 2] = text.charCodeAt(index) & 0xff, (bytes[index * 2 + 1] = text.charCodeAt(index) >> 8);
		expect(problemLines(await runImport(workspace.content.root, workspace.files.file('utf16.csv', bytes)))[0]).toContain('it looks like UTF-16');
	});
});

describe('updates', () => {
	it('updates an offer that exists, says so, keeps the fields the format does not carry and the translations the file leaves empty', async () => {
		const row = goodRow({ id: 'fx-0001', sector: 'aquaculture-food', title_zh: '流化冰制备与渔获物快速预冷保鲜成套装置（第二代）', title_en: '', summary_en: '', body_en: '' });
		const result = await runImport(workspace.content.root, workspace.files.csv([row]));
		expect(problemLines(result)).toEqual([]);
		expect(result.offers).toMatchObject([{ id: 'fx-0001', state: 'update', kept: ['en.md', 'nb.md', 'ru.md'] }]);
		expect(result.lines.join('\n')).toContain('updated fx-0001 (it was already in the content): index.md, zh.md; unchanged: nothing');
		expect(result.lines.join('\n')).toContain('kept as they are (no text for them in the file): en.md, nb.md, ru.md');
		const item = achievement('fx-0001')!;
		expect(item.facts).toMatchObject({ featured: true, images: [{ src: 'diagram.svg' }], trl: 6 });
		expect(item.texts.zh?.data.title).toBe('流化冰制备与渔获物快速预冷保鲜成套装置（第二代）');
		expect(workspace.content.read('achievements/fx-0001/en.md')).toBe(readFileSync('test/fixtures/content/achievements/fx-0001/en.md', 'utf8'));
	});

	it('marks a kept translation outdated when the row changes its source, and says so', async () => {
		// fx-0006 is zh with en and ru; say en was made from the current zh, and ru records nothing.
		const zh = achievement('fx-0006')!.texts.zh!;
		workspace.content.setField('achievements/fx-0006/en.md', 'translatedFrom', `translatedFrom: "${sourceHash(zh)}"`);
		workspace.content.setField('achievements/fx-0006/ru.md', 'translatedFrom', null);
		expect(translationStatus(achievement('fx-0006')!, 'en').state).toBe('current');
		const row = rowFromFixture('fx-0006', { summary_zh: `${zh.data.summary}（已更新）` });
		const result = await runImport(workspace.content.root, workspace.files.csv([row]));
		expect(problemLines(result)).toEqual([]);
		const item = achievement('fx-0006')!;
		expect(translationStatus(item, 'en')).toMatchObject({ state: 'outdated', translatedFrom: sourceHash(zh) });
		const report = result.lines.join('\n');
		expect(report).toContain(`en.md of fx-0006 is now outdated: its source text zh.md changed. Update the translation, then set its translatedFrom to "${sourceHash(item.texts.zh!)}"`);
		expect(report).toContain('ru.md of fx-0006 may be outdated');
		expect(result.offers[0]).toMatchObject({ state: 'update', kept: ['en.md', 'ru.md'] });
	});

	it('gives a translation supplied with its changed source the new fingerprint', async () => {
		const row = rowFromFixture('fx-0006', { summary_zh: '全新的摘要。', title_en: 'A new English title', summary_en: 'A new English summary.', body_en: 'New body.' });
		expect(problemLines(await runImport(workspace.content.root, workspace.files.csv([row])))).toEqual([]);
		const item = achievement('fx-0006')!;
		expect(item.texts.en?.data.translatedFrom).toBe(sourceHash(item.texts.zh!));
		expect(translationStatus(item, 'en').state).toBe('current');
	});

	it('changes nothing when the same file is imported again: no file rewritten, no date changed', async () => {
		const rows = [goodRow(), goodRow({ id: 'im-0002', sourceLocale: 'en', ownerName: 'Yellow Sea Test Equipment Institute', ownerName_en: '', ownerName_zh: '黄海测试装备研究所' })];
		const file = workspace.files.csv(rows);
		expect((await runImport(workspace.content.root, file)).ok).toBe(true);
		const before = fingerprint(workspace.content.root);
		await new Promise((resolve) => setTimeout(resolve, 20));
		const again = await runImport(workspace.content.root, file);
		expect(again.ok).toBe(true);
		expect(again.written).toBe(false);
		expect(again.offers.map((offer) => offer.state)).toEqual(['unchanged', 'unchanged']);
		expect(again.lines.at(-1)).toBe('0 created, 0 updated, 2 unchanged.');
		expect(fingerprint(workspace.content.root)).toEqual(before);
		// The same offers from a workbook say the same: nothing changes either.
		expect((await runImport(workspace.content.root, await workspace.files.xlsx(rows))).offers.map((offer) => offer.state)).toEqual(['unchanged', 'unchanged']);
		expect(fingerprint(workspace.content.root)).toEqual(before);
	});

	it('leaves alone a hand-formatted file that says the same as the row', async () => {
		// fx-0003: formatted by hand differently from what the import writes (comments, block lists, quotes, key order).
		workspace.content.write(
			'achievements/fx-0003/index.md',
			[
				'---',
				'# English-only offer',
				'sourceLocale: "en"',
				'sector: marine-equipment',
				'ipStatus: know-how',
				'trl: 6',
				'cooperationModes:',
				'  - licence',
				'  - technical-service',
				'owner: { name: { en: "Westhaven Institute of Ocean Technology" }, country: GB }',
				'terms:',
				'  currency: EUR',
				'  min: 40000',
				'  max: 120000',
				'contact: { email: tto@fixture-institute.example }',
				'published: 2024-05-08',
				'status: published',
				'---',
				'',
			].join('\r\n'),
		);
		const en = achievement('fx-0003')!.texts.en!;
		// The same words, with the Windows line breaks a spreadsheet cell has.
		const row = { ...rowFromFixture('fx-0003'), body_en: en.body.replace(/\n/g, '\r\n') };
		const before = fingerprint(workspace.content.root);
		const result = await runImport(workspace.content.root, workspace.files.csv([row]));
		expect(problemLines(result)).toEqual([]);
		expect(result.offers).toMatchObject([{ id: 'fx-0003', state: 'unchanged' }]);
		expect(fingerprint(workspace.content.root)).toEqual(before);
	});

	it('refuses an offer folder that is a symbolic link', async () => {
		const outside = join(workspace.files.dir, 'elsewhere');
		mkdirSync(outside);
		symlinkSync(outside, join(workspace.content.root, 'achievements/im-0001'));
		const before = fingerprint(outside);
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv([goodRow()])));
		expect(lines[0]).toMatch(/^row 2, column id, value "im-0001": .*im-0001 is a symbolic link or not a folder/);
		expect(fingerprint(outside)).toEqual(before);
	});

	it('names problems the content folder already has, and writes nothing', async () => {
		workspace.content.setField('achievements/fx-0002/index.md', 'trl', 'trl: 12');
		const before = fingerprint(workspace.content.root);
		const lines = problemLines(await runImport(workspace.content.root, workspace.files.csv([goodRow()])));
		expect(lines).toEqual([expect.stringMatching(/^the content folder has a problem that is not in the imported file.*achievements\/fx-0002\/index\.md:\d+: field "trl": 12 is above 9/)]);
		expect(fingerprint(workspace.content.root)).toEqual(before);
	});
});

describe('dry run and failed writes', () => {
	it('--dry-run prints what would be created, updated and left alone, per id and file, and writes nothing', async () => {
		const first = workspace.files.csv([goodRow({ id: 'im-0009' })], { name: 'first.csv' });
		await runImport(workspace.content.root, first);
		const before = fingerprint(workspace.content.root);
		const rows = [goodRow(), rowFromFixture('fx-0003', { summary_en: 'A changed summary.' }), goodRow({ id: 'im-0009' })];
		const result = await runImport(workspace.content.root, workspace.files.csv(rows), { dryRun: true });
		expect(result.ok).toBe(true);
		expect(result.written).toBe(false);
		expect(fingerprint(workspace.content.root)).toEqual(before);
		expect(result.lines).toEqual([
			expect.stringMatching(/^Dry run of .*offers\.csv into .*: nothing was written\.$/),
			'  would create im-0001: index.md, zh.md, en.md',
			'  would update fx-0003 (it is already in the content): en.md; unchanged: index.md',
			'  unchanged im-0009: the content already says the same',
			'Would be: 1 created, 1 updated, 1 unchanged. Run again without --dry-run to write.',
		]);
	});

	it('puts every file back when writing fails midway', async () => {
		const before = fingerprint(workspace.content.root);
		let renames = 0;
		const result = await runImport(workspace.content.root, workspace.files.csv([goodRow(), rowFromFixture('fx-0003', { summary_en: 'A changed summary.' }), goodRow({ id: 'im-0002' })]), {
			rename: (from, to) => {
				if (++renames === 4) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
				renameSync(from, to);
			},
		});
		expect(result.ok).toBe(false);
		expect(result.written).toBe(false);
		expect(result.lines.at(-1)).toBe('Writing the files failed (ENOSPC: no space left on device); every file was put back as it was before the import, nothing was changed.');
		expect(fingerprint(workspace.content.root)).toEqual(before);
	});
});

/** A row that says exactly what a fixture offer says (its source text, facts and names), with changes. */
function rowFromFixture(id: string, overrides: Record<string, string> = {}): Record<string, string> {
	const item = achievement(id)!;
	const { facts } = item;
	const source = facts.sourceLocale;
	const row: Record<string, string> = {
		id,
		sourceLocale: source,
		sector: facts.sector,
		trl: String(facts.trl),
		ipStatus: facts.ipStatus,
		patents: (facts.patents ?? []).join(';'),
		cooperationModes: facts.cooperationModes.join(';'),
		ownerName: facts.owner.name[source] ?? '',
		ownerCountry: facts.owner.country,
		targetRegions: (facts.targetRegions ?? []).join(';'),
		terms: facts.terms === 'negotiable' ? 'negotiable' : `${facts.terms.currency} ${facts.terms.min}-${facts.terms.max}`,
		contact: facts.contact === 'market' ? 'market' : facts.contact.email,
		published: facts.published.toISOString().slice(0, 10),
		expires: facts.expires ? facts.expires.toISOString().slice(0, 10) : '',
		status: facts.status,
		[`title_${source}`]: item.texts[source]!.data.title,
		[`summary_${source}`]: item.texts[source]!.data.summary,
		[`body_${source}`]: item.texts[source]!.body,
	};
	for (const [locale, name] of Object.entries(facts.owner.name)) if (locale !== source && name) row[`ownerName_${locale}`] = name;
	return { ...row, ...overrides };
}
