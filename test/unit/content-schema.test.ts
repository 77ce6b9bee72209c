import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../content/core/messages/message.ts';
import { parseMarkdownFile } from '../../content/core/read/parse-markdown.ts';
import { LIMITS, readContent } from '../../content/core/read/read-content.ts';
import { makeContentFixture, problemsIn } from '../support/fixture-content.ts';

// These tests assert the English messages, whatever the language of the terminal running them.
beforeAll(() => setMessageLanguage('en'));

let fixture: ReturnType<typeof makeContentFixture> | undefined;
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
});

const facts = 'achievements/fx-0001/index.md';
const english = 'achievements/fx-0001/en.md';

describe('the fixture content', () => {
	it('is accepted, and every item keeps the languages its README promises', () => {
		fixture = makeContentFixture();
		const { model, warnings } = readContent(fixture.root);
		expect(warnings).toEqual([]);
		const languages = (id: string) => Object.keys([...model.achievements, ...model.cases].find((item) => item.id === id)!.texts).sort();
		expect(languages('fx-0001')).toEqual(['en', 'nb', 'ru', 'zh']);
		expect(languages('fx-0002')).toEqual(['zh']);
		expect(languages('fx-0003')).toEqual(['en']);
	});
});

describe('frontmatter parsing', () => {
	it('reads an unquoted NO as Norway, not as false (YAML 1.2)', () => {
		expect(parseMarkdownFile('---\ncountry: NO\ntargetRegions: [NO, "143"]\n---\nBody', 'x.md')).toMatchObject({ data: { country: 'NO', targetRegions: ['NO', '143'] }, body: 'Body', bodyLine: 5 });
	});
});

describe('a wrong field', () => {
	it.each([
		['sector', 'sector: marine', 'achievements/fx-0001/index.md:3: field "sector": "marine" is not a sector; allowed values: marine-biotech, marine-equipment'],
		['trl', 'trl: 10', 'field "trl": 10 is above 9; allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9'],
		['trl', 'trl: high', 'field "trl": "high" is not a Technology Readiness Level; allowed values: whole numbers 1 to 9'],
		['ipStatus', 'ipStatus: patented', 'field "ipStatus": "patented" is not an IP status; allowed values: none, know-how, patent-pending, patent-granted, software-copyright'],
		['cooperationModes', 'cooperationModes: [license]', 'field "cooperationModes.0": "license" is not a cooperation mode; allowed values: transfer, licence, equity, joint-development, technical-service, consulting'],
		['sourceLocale', 'sourceLocale: de', 'field "sourceLocale": "de" is not a portal language; allowed values: zh, en, nb, ru'],
		['published', 'published: 2026-13-45', 'field "published": "2026-13-45" is not a date: there is no such day in the calendar'],
		['published', 'published: 2026-02-30', 'field "published": "2026-02-30" is not a date: there is no such day'],
		['published', 'published: 2025-02-29', 'field "published": "2025-02-29" is not a date: there is no such day'],
		['published', 'published: 12.03.2026', 'field "published": "12.03.2026" is not a date; write it as YYYY-MM-DD'],
		['terms', 'terms: cheap', 'field "terms": must be "negotiable" or an amount range'],
		['contact', 'contact: phone', 'field "contact": must be "market"'],
	])('%s is reported with the file, its line, the field, the problem and the allowed values', (field, line, expected) => {
		fixture = makeContentFixture();
		fixture.setField(facts, field, line);
		expect(problemsIn(fixture.root)).toContain(expected.replace(/^achievements/, ''));
	});

	it('accepts 29 February in a leap year', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'published', 'published: 2024-02-29');
		expect(readContent(fixture.root).model.achievements.find((item) => item.id === 'fx-0001')!.facts.published.toISOString()).toBe('2024-02-29T00:00:00.000Z');
	});

	it('hints that a number must not be in quotes', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'trl', 'trl: "7"');
		expect(problemsIn(fixture.root)).toMatch(/field "trl": "7" is not a Technology Readiness Level.*; write the number without quotes, e\.g\. 7/);
	});

	it('hints that a list needs square brackets', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'cooperationModes', 'cooperationModes: licence, transfer');
		expect(problemsIn(fixture.root)).toMatch(/field "cooperationModes": .*write a list in square brackets, e\.g\. \[licence, transfer\]/);
	});

	it('reports a wrong owner country with the expected format', () => {
		fixture = makeContentFixture();
		fixture.write(facts, fixture.read(facts).replace(/(owner:[\s\S]*?country: )\S+/, '$1XX'));
		expect(problemsIn(fixture.root)).toContain('field "owner.country": "XX" is not a country code; use ISO 3166-1 alpha-2');
	});

	it('reports an unknown field in index.md with the allowed fields', () => {
		fixture = makeContentFixture();
		fixture.addField(facts, 'colour: blue');
		expect(problemsIn(fixture.root)).toMatch(/field "colour": "colour" is not a field of an achievement index.md; allowed fields: sourceLocale, sector, trl/);
	});

	it('rejects a fact in a translation, pointing to index.md', () => {
		fixture = makeContentFixture();
		fixture.addField('achievements/fx-0001/ru.md', 'trl: 3');
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/ru.md:\d+: field "trl": "trl" is a fact, written once in index.md; a language file has only: title, summary/);
	});

	it('rejects a missing title in a language file', () => {
		fixture = makeContentFixture();
		fixture.setField(english, 'title', null);
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/en.md: field "title": is required/);
	});

	it('rejects a case that cites an achievement that does not exist', () => {
		fixture = makeContentFixture();
		fixture.setField('cases/fc-0001/index.md', 'achievements', 'achievements: [fx-0099]');
		expect(problemsIn(fixture.root)).toMatch(/fc-0001\/index.md: field "achievements.0": "fx-0099" is not in achievements/);
	});

	it('rejects an item whose source-language file is missing', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'sourceLocale', 'sourceLocale: nb');
		rmSync(`${fixture.root}/achievements/fx-0001/nb.md`);
		expect(problemsIn(fixture.root)).toMatch(/field "sourceLocale": is "nb" but nb.md is missing/);
	});

	it('rejects a language file with a name that is not a portal language', () => {
		fixture = makeContentFixture();
		fixture.write('achievements/fx-0001/de.md', fixture.read(english));
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/de.md: "de.md" is not a language file; allowed names: index.md, zh.md, en.md, nb.md, ru.md/);
	});

	it('rejects an image that is not in the item folder', () => {
		fixture = makeContentFixture();
		rmSync(`${fixture.root}/achievements/fx-0001/diagram.svg`);
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/index.md: field "images.0.src": "diagram.svg" is not in the folder/);
	});

	it('lists every problem at once, each once', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'sector', 'sector: marine');
		fixture.setField(facts, 'trl', 'trl: 0');
		const message = problemsIn(fixture.root);
		expect(message).toContain('The content has 2 problems');
		expect(message.match(/field "sector"/g)).toHaveLength(1);
		expect(message.match(/field "trl"/g)).toHaveLength(1);
	});
});

describe('YAML mistakes', () => {
	it('points at the line of an unquoted colon and says to quote the text', () => {
		fixture = makeContentFixture();
		fixture.write(english, '---\ntitle: Probe: a deep-sea model\nsummary: One line.\n---\nBody');
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/en.md:2: the frontmatter is not valid YAML: .*colon followed by a space: put the whole text in double quotes/);
	});

	it('points at the line where an unclosed quote opened', () => {
		fixture = makeContentFixture();
		fixture.write(english, '---\ntitle: "unclosed\nsummary: x\n---\nBody');
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/en.md:2: the frontmatter is not valid YAML: .*must end with the same quote mark/);
	});

	it('reports a broken index.md once, without a false "no index.md" problem', () => {
		fixture = makeContentFixture();
		fixture.write(facts, '---\nsourceLocale: zh\nsector: [unclosed\n---\n');
		const message = problemsIn(fixture.root);
		expect(message).toContain('The content has 1 problem;');
		expect(message).toMatch(/fx-0001\/index.md:\d+: the frontmatter is not valid YAML/);
		expect(message).not.toContain('no index.md');
	});
});

describe('files and encodings', () => {
	it('accepts a file saved with a UTF-8 byte-order mark', () => {
		fixture = makeContentFixture();
		fixture.write(english, `\uFEFF${fixture.read(english)}`);
		expect(readContent(fixture.root).model.achievements.find((item) => item.id === 'fx-0001')!.texts.en!.data.title).not.toMatch(/^\uFEFF/);
	});

	it('rejects a file saved in GBK, naming the encoding and how to re-save it', () => {
		fixture = makeContentFixture();
		// "---\ntitle: 海藻提取物\nsummary: 海洋技术转移\n---\n" in GBK.
		const gbk = Uint8Array.from([
			0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xba, 0xa3, 0xd4, 0xe5, 0xcc, 0xe1, 0xc8, 0xa1, 0xce, 0xef, 0x0a, 0x73, 0x75, 0x6d, 0x6d, 0x61, 0x72, 0x79, 0x3a, 0x20, 0xba, 0xa3,
			0xd1, 0xf3, 0xbc, 0xbc, 0xca, 0xf5, 0xd7, 0xaa, 0xd2, 0xc6, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
		]);
		expect(new TextDecoder('gbk').decode(gbk)).toContain('海藻提取物');
		fixture.write('achievements/fx-0001/zh.md', gbk);
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/zh.md: is not saved as UTF-8 \(it looks like GBK[^)]*\).*UTF-8/);
	});

	it('rejects a symbolic link in an item folder, whatever it points to', () => {
		fixture = makeContentFixture();
		symlinkSync('/etc/hostname', `${fixture.root}/achievements/fx-0001/notes.md`);
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/notes.md: is a symbolic link; content folders may hold only real files/);
	});

	it('rejects a folder inside an item folder', () => {
		fixture = makeContentFixture();
		mkdirSync(`${fixture.root}/achievements/fx-0001/drafts`);
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/drafts\/: is a folder inside an item folder/);
	});

	it('reports a content folder it cannot read instead of publishing an empty library', () => {
		fixture = makeContentFixture();
		// Permissions do not stop root (CI runs as root); a file where the folder should be fails the same read.
		rmSync(`${fixture.root}/cases`, { recursive: true });
		writeFileSync(`${fixture.root}/cases`, 'not a folder');
		expect(problemsIn(fixture.root)).toMatch(/cases: cannot be read \(ENOTDIR\); check that the folder exists/);
	});

	it('rejects an SVG image with a script', () => {
		fixture = makeContentFixture();
		fixture.write('achievements/fx-0001/diagram.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
		expect(problemsIn(fixture.root)).toMatch(/fx-0001\/diagram.svg(:\d+)?: .*<script>.*export the image again/);
	});

	it('warns, without failing, about an oversized image and a very long text', () => {
		fixture = makeContentFixture();
		const svg = fixture.read('achievements/fx-0001/diagram.svg');
		fixture.write('achievements/fx-0001/diagram.svg', svg.replace('</svg>', `<!-- ${'x'.repeat(LIMITS.imageBytes)} --></svg>`));
		fixture.write(english, `${fixture.read(english)}\n\n${'Long text. '.repeat(LIMITS.bodyCharacters / 10)}`);
		const { warnings } = readContent(fixture.root);
		expect(warnings.map((warning) => `${warning.file}: ${warning.problem}`)).toEqual([
			expect.stringMatching(/fx-0001\/en.md: the text is [\d,]+ characters long/),
			expect.stringMatching(/fx-0001\/diagram.svg: is 2.0 MB, more than 2 MB/),
		]);
	});

	it('reports raw HTML in a body with its file line', () => {
		fixture = makeContentFixture();
		const text = fixture.read(english);
		fixture.write(english, `${text}\n\n<script>alert(1)</script>\n`);
		const line = text.split('\n').length + 2;
		expect(problemsIn(fixture.root)).toContain(`fx-0001/en.md:${line}: `);
	});
});

describe('market.yaml', () => {
	it('reports a missing market.yaml instead of a stack trace', () => {
		fixture = makeContentFixture();
		rmSync(`${fixture.root}/market.yaml`);
		expect(problemsIn(fixture.root)).toMatch(/market.yaml: is missing; every content folder needs market.yaml/);
	});

	it.each([
		['siteUrl: https://fixture.example.org/portal/', /field "siteUrl": "https:\/\/fixture.example.org\/portal\/" has a path/],
		['siteUrl: ftp://fixture.example.org', /field "siteUrl": "ftp:\/\/fixture.example.org" is not the site's address; write the http:\/\/ or https:\/\//],
		['asOf: "2020-13"', /field "figures.asOf": "2020-13" is not a year or a month/],
	])('rejects %s', (line, expected) => {
		fixture = makeContentFixture();
		const [field] = line.split(':');
		fixture.write('market.yaml', fixture.read('market.yaml').replace(new RegExp(`^(\\s*)${field}:.*$`, 'm'), `$1${line}`));
		expect(problemsIn(fixture.root)).toMatch(expected);
	});

	it('names the language a name is missing in', () => {
		fixture = makeContentFixture();
		fixture.write('market.yaml', fixture.read('market.yaml').replace(/^(name:\n(?:\s+\w\w:.*\n)*?)\s+nb:.*\n/m, '$1'));
		expect(problemsIn(fixture.root)).toMatch(/field "name.nb": needs the text in nb/);
	});
});
