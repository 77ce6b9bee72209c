import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../content/core/messages/zod-messages.ts';
import { en } from '../../content/core/messages/en.ts';
import { message, messageLanguage, messageLanguageOf, placeholdersOf, setMessageLanguage, type MessageLanguage } from '../../content/core/messages/message.ts';
import { zh } from '../../content/core/messages/zh.ts';
import { findUnsafeSvg } from '../../content/core/safety/svg-check.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { makeContentFixture, problemsIn as contentProblems } from '../support/fixture-content.ts';

let fixture: ReturnType<typeof makeContentFixture> | undefined;
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
	setMessageLanguage(undefined);
});

/** The ContentError message of a broken fixture, read in `language`. */
function problemsIn(language: MessageLanguage, root: string): string {
	setMessageLanguage(language);
	return contentProblems(root);
}

describe('the message catalogues', () => {
	it('have exactly the same keys in English and Chinese', () => {
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
	});

	it('use the same placeholders for every key in both languages', () => {
		const differing = Object.keys(en).filter((key) => placeholdersOf(en[key as keyof typeof en]).join() !== placeholdersOf(zh[key as keyof typeof zh]).join());
		expect(differing).toEqual([]);
	});

	it('translate every message: each Chinese message is written in Chinese', () => {
		// Messages that are only a pattern of placeholders, or a file name, are the same in any language.
		const languageFree = new Set(['issue.withoutField', 'check.listSeparator']);
		const untranslated = Object.entries(zh).filter(([key, text]) => !languageFree.has(key) && !/\p{Script=Han}/u.test(text));
		expect(untranslated).toEqual([]);
	});

	it('write Chinese with full-width punctuation, not an English semicolon or comma after Chinese text', () => {
		// YAML examples in braces ({ zh: 中国海洋大学, en: … }) are code, written as the editor types it.
		const halfWidth = Object.entries(zh).filter(([, text]) => /\p{Script=Han}[;,]/u.test(text.replace(/\{[^}]*\}/g, '')));
		expect(halfWidth).toEqual([]);
	});

	it('use no Chinese word the termbase marks as deprecated', () => {
		const { termbase } = readTermbase();
		const deprecated = Object.entries(zh).flatMap(([key, text]) => termbase.index.find(text, 'zh').filter((match) => match.deprecated).map((match) => `${key}: ${text.slice(match.start, match.end)}`));
		expect(deprecated).toEqual([]);
	});
});

describe('the message language', () => {
	it('is Chinese for a Chinese LANG, English otherwise', () => {
		expect(messageLanguageOf({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
		expect(messageLanguageOf({ LANG: 'zh_CN' })).toBe('zh');
		expect(messageLanguageOf({ LANG: 'zh' })).toBe('zh');
		expect(messageLanguageOf({ LANG: 'en_GB.UTF-8' })).toBe('en');
		expect(messageLanguageOf({ LANG: 'C.UTF-8' })).toBe('en');
		expect(messageLanguageOf({ LANG: 'nb_NO.UTF-8' })).toBe('en');
		expect(messageLanguageOf({})).toBe('en');
	});

	it('follows LC_ALL over LC_MESSAGES over LANG, as POSIX tools do', () => {
		expect(messageLanguageOf({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh');
		expect(messageLanguageOf({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
		expect(messageLanguageOf({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
		expect(messageLanguageOf({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
		// An empty variable counts as unset.
		expect(messageLanguageOf({ LANG: 'zh_CN.UTF-8', LC_ALL: '' })).toBe('zh');
	});

	it('fills placeholders and keeps a placeholder that was not given', () => {
		setMessageLanguage('zh');
		expect(messageLanguage()).toBe('zh');
		expect(message('field.notOneOf', { input: '"marine"', noun: message('noun.sector'), allowed: 'a, b' })).toBe('"marine" 不是有效的领域代码；可选值：a, b');
		setMessageLanguage('en');
		expect(message('case.yearMin')).toBe('must be {min} or later');
	});
});

// One broken file per message path (schema, reader, safety, model, framing), read in both languages.
describe('problems are reported in the editor’s language', () => {
	const facts = 'achievements/fx-0001/index.md';
	const cases: [string, (f: NonNullable<typeof fixture>) => void, RegExp, RegExp][] = [
		[
			'a schema value outside its vocabulary',
			(f) => f.setField(facts, 'sector', 'sector: marine'),
			/fx-0001\/index\.md:3: field "sector": "marine" is not a sector; allowed values: marine-biotech, /,
			/fx-0001\/index\.md:3: 字段“sector”："marine" 不是有效的领域代码；可选值：marine-biotech, /,
		],
		[
			'a TRL given in quotes, with the hint',
			(f) => f.setField(facts, 'trl', 'trl: "7"'),
			/field "trl": "7" is not a Technology Readiness Level; allowed values: whole numbers 1 to 9; write the number without quotes, e\.g\. 7/,
			/字段“trl”："7" 不是有效的技术成熟度（TRL）；可选值：1 至 9 的整数；数字不要加引号，例如 7/,
		],
		[
			'a list written without brackets, with the hint',
			(f) => f.setField(facts, 'cooperationModes', 'cooperationModes: licence, transfer'),
			/write a list in square brackets, e\.g\. \[licence, transfer\]/,
			/列表请写在方括号中，例如 \[licence, transfer\]/,
		],
		[
			'a true/false field given as text (a check zod words itself)',
			(f) => f.addField(facts, 'sample: yes'),
			/field "sample": must be true or false/,
			/字段“sample”：必须是 true 或 false/,
		],
		[
			'a required list that is missing (a check zod words itself)',
			(f) => f.setField(facts, 'cooperationModes', null),
			/field "cooperationModes": is missing; this field is required/,
			/字段“cooperationModes”：缺少该字段；此字段为必填项/,
		],
		[
			'an impossible date',
			(f) => f.setField(facts, 'published', 'published: 2026-02-30'),
			/field "published": "2026-02-30" is not a date: there is no such day in the calendar/,
			/字段“published”："2026-02-30" 不是日期：日历上没有这一天/,
		],
		[
			'an unknown field',
			(f) => f.addField(facts, 'colour: blue'),
			/field "colour": "colour" is not a field of an achievement index\.md; allowed fields: sourceLocale, sector/,
			/字段“colour”："colour" 不是技术成果 index\.md 文件中的字段；可用字段：sourceLocale, sector/,
		],
		[
			'a missing title',
			(f) => f.setField('achievements/fx-0001/en.md', 'title', null),
			/field "title": is required: the offer title, at most 120 characters/,
			/字段“title”：必须填写：技术成果标题，不超过 120 个字符/,
		],
		[
			'a reference to an offer that does not exist (model)',
			(f) => f.setField('cases/fc-0001/index.md', 'achievements', 'achievements: [fx-0099]'),
			/field "achievements\.0": "fx-0099" is not in achievements: there is no folder content\/achievements\/fx-0099\//,
			/字段“achievements\.0”："fx-0099" 不在 achievements 中：不存在文件夹 content\/achievements\/fx-0099\//,
		],
		[
			'a file without frontmatter (reader)',
			(f) => f.write('achievements/fx-0001/en.md', 'Just text'),
			/fx-0001\/en\.md:1: has no frontmatter: the file must start with a line "---"/,
			/fx-0001\/en\.md:1: 没有前置元数据：文件必须以一行 "---" 开头/,
		],
		[
			'a YAML mistake (reader)',
			(f) => f.write('achievements/fx-0001/en.md', '---\ntitle: Probe: a deep-sea model\nsummary: One line.\n---\nBody'),
			/fx-0001\/en\.md:2: the frontmatter is not valid YAML: .*colon followed by a space/,
			/fx-0001\/en\.md:2: 前置元数据不是有效的 YAML：.*冒号加空格：请把整段文本放在双引号中/,
		],
		[
			'raw HTML in a body (safety)',
			(f) => f.write('achievements/fx-0001/en.md', '---\ntitle: T\nsummary: S\n---\n\n<div>x</div>\n'),
			/fx-0001\/en\.md:6: raw HTML <div> is not allowed in Markdown \(line 6\)/,
			/fx-0001\/en\.md:6: Markdown 中不允许使用 HTML 标签 <div>（第 6 行）；请用 Markdown 书写该文本，或删除该标签/,
		],
		[
			'a javascript: link (safety)',
			(f) => f.write('achievements/fx-0001/en.md', '---\ntitle: T\nsummary: S\n---\n\n[x](javascript:alert(1))\n'),
			/the link target "javascript:…" is not allowed \(line 6\)/,
			/不允许使用链接目标 "javascript:…"（第 6 行）/,
		],
		[
			'a file in GBK (safety), naming the encoding',
			(f) => f.write('achievements/fx-0001/zh.md', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xba, 0xa3, 0xd4, 0xe5, 0xcc, 0xe1, 0xc8, 0xa1, 0xce, 0xef, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])),
			/fx-0001\/zh\.md: is not saved as UTF-8 \(it looks like GBK, the usual encoding of Chinese Windows editors\)/,
			/fx-0001\/zh\.md: 不是以 UTF-8 编码保存的（看起来是 GBK，中文 Windows 编辑器的常用编码）；请打开文件，另存为“UTF-8”编码/,
		],
		[
			'a symbolic link (reader)',
			(f) => symlinkSync('/etc/hostname', `${f.root}/achievements/fx-0001/notes.md`),
			/notes\.md: is a symbolic link/,
			/notes\.md: 是符号链接/,
		],
		[
			'a folder inside an item folder (reader)',
			(f) => mkdirSync(`${f.root}/achievements/fx-0001/drafts`),
			/drafts\/: is a folder inside an item folder/,
			/drafts\/: 是条目文件夹中的子文件夹/,
		],
		[
			'a missing market.yaml (reader)',
			(f) => rmSync(`${f.root}/market.yaml`),
			/market\.yaml: is missing; every content folder needs market\.yaml/,
			/market\.yaml: 缺失；每个内容文件夹都需要 market\.yaml/,
		],
		[
			'a missing source-language file (model)',
			(f) => {
				f.setField(facts, 'sourceLocale', 'sourceLocale: nb');
				rmSync(`${f.root}/achievements/fx-0001/nb.md`);
			},
			/field "sourceLocale": is "nb" but nb\.md is missing from the folder/,
			/字段“sourceLocale”：值为 "nb"，但文件夹中缺少 nb\.md；原文语言文件必须存在/,
		],
	];

	it.each(cases)('%s', (_, breakIt, english, chinese) => {
		fixture = makeContentFixture();
		breakIt(fixture);
		expect(problemsIn('en', fixture.root)).toMatch(english);
		expect(problemsIn('zh', fixture.root)).toMatch(chinese);
	});

	it('frames the list with a count and what to do, in both languages', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'sector', 'sector: marine');
		fixture.setField(facts, 'trl', 'trl: 0');
		const english = problemsIn('en', fixture.root);
		expect(english).toMatch(/^The content has 2 problems; it cannot be published until they are fixed\.\n/);
		expect(english).toMatch(/\nFix the files named above \(see content\/README\.md for every field\), then run `npm run check`\.$/);
		const chinese = problemsIn('zh', fixture.root);
		expect(chinese).toMatch(/^内容中有 2 个问题，修正之前无法发布。\n/);
		expect(chinese).toMatch(/\n请修改上面列出的文件（各字段的说明见 content\/README\.md），然后再次运行 `npm run check`。$/);
		expect(chinese).toContain('字段“trl”：0 小于 1；可选值：1, 2, 3');
	});

	it('words the checks a schema leaves to zod (sizes, unknown nested fields) in both languages', () => {
		const schema = z.strictObject({ parties: z.array(z.string()).min(2), owner: z.strictObject({ country: z.string() }) });
		const problems = () => schema.safeParse({ parties: ['a'], owner: { country: 'CN', colour: 'blue' } }).error!.issues.map((issue) => issue.message);
		setMessageLanguage('en');
		expect(problems()).toEqual(['needs at least 2 entries', '"colour" is not a field here; check the spelling and the indentation']);
		setMessageLanguage('zh');
		expect(problems()).toEqual(['至少需要 2 项', '"colour" 不是此处的字段；请检查拼写和缩进']);
	});

	it('describes an unsafe SVG in both languages', () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(1)</script>\n</svg>';
		setMessageLanguage('en');
		expect(findUnsafeSvg(svg, 'x.svg')[0]!.problem).toMatch(/^the SVG image contains the element <script> \(line 2\), which could run code on the site; export the image again/);
		setMessageLanguage('zh');
		expect(findUnsafeSvg(svg, 'x.svg')[0]!.problem).toMatch(/^该 SVG 图片含有元素 <script>（第 2 行），可能在网站上执行代码；请在绘图软件中重新导出为普通 SVG/);
	});
});
