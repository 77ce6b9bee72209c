import { describe, expect, it } from 'vitest';
import { writablePath, WriteError } from '../../content/core/import/apply.ts';
import { cleanText } from '../../content/core/import/clean-cell.ts';
import { closestColumn } from '../../content/core/import/columns.ts';
import { parseCsv } from '../../content/core/import/read-table.ts';
import { factsFrontmatter, markdownFile, textFrontmatter, yamlScalar } from '../../content/core/import/write-offer.ts';
import { parseMarkdownFile } from '../../content/core/read/parse-markdown.ts';

describe('the YAML the import writes', () => {
	const tricky = [
		'Probe: deep-sea model',
		'key:value stays bare',
		'#1 in the market',
		'C# and F#',
		'- a list?',
		'[bracketed]',
		'{braced}',
		'"quoted"',
		"it's",
		'143',
		'2026-03-02',
		'1e5',
		'0x1F',
		'true',
		'False',
		'null',
		'~',
		'NO',
		'yes',
		'*alias',
		'&anchor text',
		'!tag',
		'%percent',
		'@handle',
		'`tick',
		'| pipe',
		'> folded',
		'ends with colon:',
		'A title ---',
		'---',
		'back\\slash',
		'海带寡糖：保湿舒缓',
		'Экстракт «ламинарии» — 35%',
		'tab\there',
	];

	it('reads back as the same text for every value, bare only where YAML allows', () => {
		for (const value of tricky) {
			const file = markdownFile([`title: ${yamlScalar(value)}`, `list: [${yamlScalar(value, true)}]`]);
			const parsed = parseMarkdownFile(file, 'test.md');
			expect('problem' in parsed ? parsed.problem : parsed.data, value).toEqual({ title: value, list: [value] });
		}
	});

	it('leaves Chinese and Cyrillic as they are, even in quotes', () => {
		expect(yamlScalar('海带寡糖–岩藻聚糖')).toBe('海带寡糖–岩藻聚糖');
		expect(yamlScalar('标题：副标题 "引号"')).toBe('标题：副标题 "引号"');
		expect(yamlScalar('"引号"开头')).toBe('"\\"引号\\"开头"');
		expect(yamlScalar('Зонд: модель')).toBe('"Зонд: модель"');
		expect(yamlScalar('143', true)).toBe('"143"');
		expect(yamlScalar('NO')).toBe('NO');
	});

	it('writes facts in the order given, lists of codes on one line, owner names source language first', () => {
		const lines = factsFrontmatter({
			sourceLocale: 'ru',
			cooperationModes: ['licence', 'equity'],
			owner: { name: { en: 'Institute', ru: 'Институт' }, country: 'KZ' },
			terms: { min: 1, max: 2, currency: 'KZT' },
			contact: { email: 'a@b.example' },
			images: [{ src: 'a.svg', alt: { en: 'Diagram: a', zh: '示意图' } }],
		});
		expect(lines).toEqual([
			'sourceLocale: ru',
			'cooperationModes: [licence, equity]',
			'owner:',
			'  name:',
			'    ru: Институт',
			'    en: Institute',
			'  country: KZ',
			'terms: { min: 1, max: 2, currency: KZT }',
			'contact: { email: a@b.example }',
			'images:',
			'  - src: a.svg',
			'    alt:',
			'      en: "Diagram: a"',
			'      zh: 示意图',
		]);
		expect(textFrontmatter({ title: 'T', summary: 'S', translatedFrom: '123456789012', machineTranslated: true })).toEqual(['title: T', 'summary: S', 'translatedFrom: "123456789012"', 'machineTranslated: true']);
	});
});

describe('the CSV parser', () => {
	it('reads quoted cells with separators, line breaks and doubled quotes, and the line each record starts on', () => {
		const parsed = parseCsv('a,b,c\n1,"x, y","two\nlines"\n2,5" screen,"say ""hi"""\n3,,\n', ',');
		expect(parsed).toEqual({
			records: [
				{ cells: ['a', 'b', 'c'], line: 1 },
				{ cells: ['1', 'x, y', 'two\nlines'], line: 2 },
				{ cells: ['2', '5" screen', 'say "hi"'], line: 4 },
				{ cells: ['3', '', ''], line: 5 },
			],
		});
	});

	it('reads the last record without a final line break, and semicolons', () => {
		expect(parseCsv('a;b\n"1;2";3', ';')).toEqual({ records: [{ cells: ['a', 'b'], line: 1 }, { cells: ['1;2', '3'], line: 2 }] });
	});

	it('names the line of a quote that is never closed', () => {
		expect(parseCsv('a,b\n1,2\n3,"open\nmore\n', ',')).toEqual({ unclosedQuoteLine: 3 });
	});
});

describe('cleaning cells', () => {
	it('removes invisible characters, normalises line breaks and Unicode, trims', () => {
		expect(cleanText('\u200b Title\u00ad with\u202e bidi \u2060', false)).toBe('Title\u00ad with bidi');
		expect(cleanText('a\r\nb\rc\u2028d', true)).toBe('a\nb\nc\nd');
		expect(cleanText('a\r\nb', false)).toBe('a b');
		expect(cleanText('\ttab\tinside', true)).toBe('tab    inside');
		expect(cleanText('a\u0000b\u0007c\u0085d', true)).toBe('abc\nd');
		expect(cleanText('A\u030a', false)).toBe('Å');
		expect(cleanText('=1+1', false)).toBe('=1+1');
	});
});

describe('column names', () => {
	it('suggest the known column a header most likely meant', () => {
		expect(closestColumn('titel_en')).toBe('title_en');
		expect(closestColumn('Title_EN')).toBe('title_en');
		expect(closestColumn('owner name')).toBe('ownerName');
		expect(closestColumn('cooperationMode')).toBe('cooperationModes');
		expect(closestColumn('ownerName_de')).toBeUndefined();
		expect(closestColumn('title_kk')).toBeUndefined();
		expect(closestColumn('remarks')).toBeUndefined();
	});
});

describe('where the import may write', () => {
	it('only achievements/<valid id>/<index or language>.md inside the content folder', () => {
		expect(writablePath('/content', 'achievements/to-0001/en.md')).toBe('/content/achievements/to-0001/en.md');
		for (const file of ['achievements/../market.yaml', 'achievements/to-0001/../../x.md', 'cases/cc-0001/en.md', 'achievements/to-0001/notes.md', 'achievements/To-1/en.md', '/etc/passwd', 'achievements/to-0001/sub/en.md']) {
			expect(() => writablePath('/content', file), file).toThrow(WriteError);
		}
	});
});
