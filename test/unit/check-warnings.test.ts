import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CheckWarning, WarningCode } from '../../content/core/check/check-warning.ts';
import { runCheck } from '../../content/core/check/run-check.ts';
import { formatIssue } from '../../content/core/model/content-error.ts';
import { setMessageLanguage } from '../../content/core/messages/message.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { parseCalendarDate } from '../../content/core/schema/fields.ts';
import { sourceHash } from '../../content/core/translation/source-hash.ts';
import { scaffoldItem } from '../../content/core/write/scaffold-item.ts';
import { makeContentFixture } from '../support/fixture-content.ts';

// A one-concept termbase keeps each check fast; the real one is tested in termbase.test.ts.
let termbaseDir: string;
beforeAll(() => {
	termbaseDir = mkdtempSync(join(tmpdir(), 'sre-termbase-'));
	writeFileSync(
		join(termbaseDir, 'energy.yaml'),
		'domain: energy\nconcepts:\n  - id: offshore-wind\n    zh: { term: 海上风电 }\n    en: { term: offshore wind }\n    nb: { term: havvind }\n    ru: { term: морская ветроэнергетика }\n',
	);
});
afterAll(() => rmSync(termbaseDir, { recursive: true, force: true }));

let fixture: ReturnType<typeof makeContentFixture> | undefined;
// English unless a test asks for Chinese, whatever the language of the terminal running the tests.
beforeEach(() => setMessageLanguage('en'));
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
	setMessageLanguage(undefined);
});

const day = (text: string) => parseCalendarDate(text)!;
const check = (root: string, today: string) => runCheck({ root, termbaseDir, day: day(today) });
const only = (warnings: readonly CheckWarning[], code: WarningCode) => warnings.filter((warning) => warning.code === code).map(formatIssue);
const root = () => (fixture = makeContentFixture({ ordinary: true })).root;

describe('npm run check on valid content', () => {
	it('finds nothing to warn about in the fixture content on an ordinary day', () => {
		const report = check(root(), '2026-06-01');
		expect(report.ok).toBe(true);
		expect(report.warnings.map(formatIssue)).toEqual([]);
		expect(report.content?.items).toEqual({ achievements: 7, cases: 2, collections: 2 });
		expect(report.content?.publishing).toEqual({ drafts: 0, expired: 0, expiring: 0, outdated: 0, machine: 0 });
	});
});

describe('expiry warnings (fx-0001 expires 2028-04-14)', () => {
	it('warns 30 days ahead, with the file, line and days left', () => {
		const report = check(root(), '2028-03-15');
		expect(only(report.warnings, 'expires-soon')).toEqual([
			expect.stringMatching(/achievements\/fx-0001\/index\.md:19: field "expires": the offer expires on 2028-04-14, in 30 days; after that day it is left out of the site/),
		]);
		expect(report.content?.publishing.expiring).toBe(1);
	});

	it('says nothing 31 days ahead', () => {
		expect(check(root(), '2028-03-14').warnings).toEqual([]);
	});

	it('says when the offer expires today', () => {
		expect(only(check(root(), '2028-04-14').warnings, 'expires-soon')).toEqual([expect.stringContaining('the offer expires today (2028-04-14)')]);
	});

	it('warns that an expired offer is left out of the site, and that its case loses the link; the check still passes', () => {
		const report = check(root(), '2028-04-15');
		expect(report.ok).toBe(true);
		expect(only(report.warnings, 'expired')).toEqual([expect.stringMatching(/fx-0001\/index\.md:19: field "expires": the offer expired on 2028-04-14 and is left out of the site/)]);
		expect(only(report.warnings, 'case-offer-unavailable')).toEqual([
			expect.stringMatching(/cases\/fc-0001\/index\.md:3: field "achievements\.0": fx-0001 expired on 2028-04-14 and is left out of the site: the case is still published/),
		]);
		expect(report.content?.publishing.expired).toBe(1);
	});

	it('speaks Chinese to a Chinese editor', () => {
		setMessageLanguage('zh');
		const warnings = check(root(), '2028-04-04').warnings.map(formatIssue);
		expect(warnings).toEqual([expect.stringMatching(/fx-0001\/index\.md:19: 字段“expires”：该技术成果将于 2028-04-14 到期，还剩 10 天；到期后将不在网站上显示/)]);
	});
});

describe('cases whose offer is not shown', () => {
	it('warns about a case citing an archived offer, and leaves the archived offer itself alone', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		fixture.addField('achievements/fx-0004/index.md', 'status: archived');
		const report = check(root, '2026-06-01');
		expect(report.warnings.map(formatIssue)).toEqual([
			expect.stringMatching(/cases\/fc-0002\/index\.md:3: field "achievements\.0": fx-0004 is archived: the case is still published, but that offer is no longer listed or searchable/),
		]);
	});

	it('warns about a draft offer and about the case citing it, and counts the draft', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		fixture.addField('achievements/fx-0007/index.md', 'status: draft');
		const report = check(root, '2026-06-01');
		expect(only(report.warnings, 'draft')).toEqual([expect.stringMatching(/fx-0007\/index\.md:\d+: field "status": the item is a draft \(status: draft\)/)]);
		expect(only(report.warnings, 'case-offer-unavailable')).toEqual([expect.stringMatching(/fc-0002\/index\.md:3: field "achievements\.1": fx-0007 is a draft and is not on the public site/)]);
		expect(report.content?.publishing.drafts).toBe(1);
	});

	it('words them in Chinese for a Chinese editor', () => {
		setMessageLanguage('zh');
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		fixture.addField('achievements/fx-0004/index.md', 'status: archived');
		expect(check(root, '2026-06-01').warnings.map(formatIssue)).toEqual([expect.stringContaining('字段“achievements.0”：fx-0004 已归档：该合作案例仍会发布，但该技术成果不再出现在列表和检索结果中')]);
	});
});

describe('translations', () => {
	it('warns about a translation made from an earlier version of the source, giving the current fingerprint', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		fixture.setField('achievements/fx-0001/en.md', 'translatedFrom', 'translatedFrom: "0123456789ab"');
		const source = readContent(root).model.achievements.find((item) => item.id === 'fx-0001')!.texts.zh!;
		const report = check(root, '2026-06-01');
		expect(only(report.warnings, 'translation-outdated')).toEqual([
			expect.stringMatching(new RegExp(`fx-0001/en\\.md:4: field "translatedFrom": the translation was made from an earlier version of .*fx-0001/zh\\.md.*translatedFrom: "${sourceHash(source)}"`)),
		]);
		expect(report.content?.publishing.outdated).toBe(1);
	});

	it('says nothing about a translation made from the current source', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		const source = readContent(root).model.achievements.find((item) => item.id === 'fx-0001')!.texts.zh!;
		fixture.setField('achievements/fx-0001/en.md', 'translatedFrom', `translatedFrom: "${sourceHash(source)}"`);
		expect(check(root, '2026-06-01').warnings).toEqual([]);
	});

	it('counts and names machine-made translations', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		fixture.addField('achievements/fx-0001/nb.md', 'machineTranslated: true');
		fixture.addField('cases/fc-0001/ru.md', 'machineTranslated: true');
		const report = check(root, '2026-06-01');
		expect(only(report.warnings, 'machine-translated')).toEqual([
			expect.stringMatching(/fx-0001\/nb\.md:\d+: field "machineTranslated": the text is machine-translated/),
			expect.stringMatching(/fc-0001\/ru\.md:\d+: field "machineTranslated": the text is machine-translated/),
		]);
		expect(report.content?.publishing.machine).toBe(2);
	});
});

describe('the fixture content as it is', () => {
	it('warns about exactly its draft, expired and archived items, the case on them, and fx-0006’s outdated and machine-made translations', () => {
		const report = check((fixture = makeContentFixture()).root, '2026-06-01');
		expect(report.ok).toBe(true);
		expect(report.content?.publishing).toEqual({ drafts: 1, expired: 1, expiring: 0, outdated: 1, machine: 1 });
		const named = report.warnings.map(formatIssue).join('\n');
		for (const file of ['fx-0008/index.md', 'fx-0009/index.md', 'fc-0003/index.md', 'fx-0006/en.md', 'fx-0006/ru.md']) expect(named).toContain(file);
	});
});

describe('placeholders left by npm run new', () => {
	function scaffold(root: string, kind: 'achievements' | 'cases', id: string, locale: 'zh' | 'en' | 'nb' | 'ru') {
		for (const file of scaffoldItem({ kind, id, locale, day: day('2026-06-01'), achievement: 'fx-0001' })) {
			mkdirSync(join(root, kind, id), { recursive: true });
			writeFileSync(join(root, file.path), file.text);
		}
	}

	it('lists every placeholder still to fill, with its line, until it is replaced', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		scaffold(root, 'achievements', 'fx-0100', 'en');
		const placeholders = only(check(root, '2026-06-01').warnings, 'placeholder');
		expect(placeholders).toEqual([
			expect.stringMatching(/fx-0100\/en\.md:4: field "title": still holds the placeholder written by `npm run new`: write the real title/),
			expect.stringMatching(/fx-0100\/en\.md:6: field "summary": still holds the placeholder/),
			expect.stringMatching(/fx-0100\/en\.md:11: the text still holds the placeholder paragraphs/),
			expect.stringMatching(/fx-0100\/index\.md:\d+: field "owner\.name\.en": still holds the placeholder written by `npm run new`: write the real owner name/),
		]);
		fixture.setField('achievements/fx-0100/en.md', 'title', 'title: Tidal turbine blade coating');
		expect(only(check(root, '2026-06-01').warnings, 'placeholder')).toHaveLength(3);
	});

	it('recognises a placeholder written in the other language (a Chinese editor filling in an item started in English)', () => {
		const root = (fixture = makeContentFixture({ ordinary: true })).root;
		scaffold(root, 'cases', 'fc-0100', 'ru');
		setMessageLanguage('zh');
		const placeholders = only(check(root, '2026-06-01').warnings, 'placeholder');
		expect(placeholders).toContainEqual(expect.stringMatching(/fc-0100\/ru\.md:8: 字段“outcome”：仍是 `npm run new` 写入的占位内容：请填写实际的合作成效/));
		// The two parties carry the same placeholder: each is reported on its own line.
		const parties = placeholders.filter((line) => line.includes('parties.'));
		expect(parties).toHaveLength(2);
		expect(new Set(parties.map((line) => /index\.md:(\d+)/.exec(line)?.[1])).size).toBe(2);
	});
});
