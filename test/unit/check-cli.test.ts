import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeContentFixture } from '../support/fixture-content.ts';

// A one-concept termbase keeps each run fast; the real one is checked in termbase.test.ts.
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
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
});

/** Runs `npm run check` (the script itself) on a content folder, in an environment with only these variables. */
function runCheck(root: string, env: Record<string, string> = {}, args: string[] = []) {
	const result = spawnSync(process.execPath, ['scripts/check-content.ts', ...args], {
		encoding: 'utf8',
		env: { PATH: process.env.PATH ?? '', SRE_CONTENT_DIR: root, SRE_TERMBASE_DIR: termbaseDir, SRE_TODAY: '2026-06-01', LANG: 'C.UTF-8', ...env },
	});
	return { status: result.status, output: result.stdout + result.stderr, stdout: result.stdout };
}

describe('npm run check', () => {
	it('exits 0 and says so when there is nothing to report', () => {
		fixture = makeContentFixture({ ordinary: true });
		const { status, output } = runCheck(fixture.root);
		expect(output).toContain('Content is valid: 7 achievements, 2 cases, 2 collections.');
		expect(output).toContain('Translations:\n  zh: 8/12 translated; missing: achievements/fx-0003, achievements/fx-0005, cases/fc-0002, collections/fk-0002\n');
		expect(output).toContain('  nb: 4/12 translated; missing: achievements/fx-0002, achievements/fx-0003, achievements/fx-0005, achievements/fx-0006, cases/fc-0002, collections/fk-0001, collections/fk-0002, pages/about\n');
		expect(output).toContain('Check passed: no problems, no warnings.');
		expect(status).toBe(0);
	});

	it('exits 0 with warnings, listing them and counting them', () => {
		fixture = makeContentFixture({ ordinary: true });
		const { status, output } = runCheck(fixture.root, { SRE_TODAY: '2028-04-01' });
		expect(output).toMatch(/Warnings \(1\), the site still builds with them:\n {2}- \S*fx-0001\/index\.md:19: field "expires": the offer expires on 2028-04-14, in 13 days/);
		expect(output).toContain('Publishing: drafts 0, expired 0, expiring within 30 days 1; translations outdated 0, machine-translated 0.');
		expect(output).toContain('Check passed (warnings: 1)');
		expect(status).toBe(0);
	});

	it('exits 1 and lists every problem at once, with file, line, field, problem and allowed values', () => {
		fixture = makeContentFixture({ ordinary: true });
		fixture.setField('achievements/fx-0001/index.md', 'sector', 'sector: marine');
		fixture.setField('achievements/fx-0002/index.md', 'trl', 'trl: 12');
		const { status, output } = runCheck(fixture.root);
		expect(output).toMatch(/Problems \(2\), to fix before the content can be published:/);
		expect(output).toMatch(/fx-0001\/index\.md:3: field "sector": "marine" is not a sector; allowed values: marine-biotech, marine-equipment/);
		expect(output).toMatch(/fx-0002\/index\.md:\d+: field "trl": 12 is above 9; allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9/);
		expect(output).toContain('Check failed (problems: 2, warnings: 0).');
		expect(status).toBe(1);
	});

	it('speaks Chinese when LANG is Chinese', () => {
		fixture = makeContentFixture({ ordinary: true });
		fixture.setField('achievements/fx-0001/index.md', 'sector', 'sector: marine');
		const { status, output } = runCheck(fixture.root, { LANG: 'zh_CN.UTF-8' });
		expect(output).toMatch(/问题（1 个），修正后内容才能发布：\n {2}- \S*fx-0001\/index\.md:3: 字段“sector”："marine" 不是有效的领域代码；可选值：marine-biotech/);
		expect(output).toContain('检查未通过（问题 1 个，警告 0 条）。');
		expect(status).toBe(1);
	});

	it('speaks Chinese for LC_MESSAGES or LC_ALL, and English when LC_ALL says so over a Chinese LANG', () => {
		fixture = makeContentFixture({ ordinary: true });
		expect(runCheck(fixture.root, { LC_MESSAGES: 'zh_CN.UTF-8' }).output).toContain('内容检查通过：7 项技术成果，2 个合作案例，2 个专题合集。');
		expect(runCheck(fixture.root, { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }).output).toContain('检查通过：没有问题，也没有警告。');
		expect(runCheck(fixture.root, { LANG: 'zh_CN.UTF-8', LC_ALL: 'C.UTF-8' }).output).toContain('Check passed: no problems, no warnings.');
	});

	it('prints problems and warnings as JSON with --json', () => {
		fixture = makeContentFixture({ ordinary: true });
		fixture.setField('achievements/fx-0001/index.md', 'sector', 'sector: marine');
		const { status, stdout } = runCheck(fixture.root, {}, ['--json']);
		const report = JSON.parse(stdout) as { ok: boolean; day: string; problems: { file: string; line: number; field: string; problem: string }[]; warnings: unknown[] };
		expect(report.ok).toBe(false);
		expect(report.day).toBe('2026-06-01');
		expect(report.problems).toEqual([{ file: expect.stringMatching(/fx-0001\/index\.md$/), line: 3, field: 'sector', problem: expect.stringContaining('"marine" is not a sector') }]);
		expect(status).toBe(1);
	});

	it('gives warnings a code in JSON, and exits 0', () => {
		fixture = makeContentFixture({ ordinary: true });
		const { status, stdout } = runCheck(fixture.root, { SRE_TODAY: '2028-05-01' }, ['--json']);
		const report = JSON.parse(stdout) as { ok: boolean; warnings: { code: string; field: string }[] };
		expect(report.ok).toBe(true);
		expect(report.warnings.map((warning) => `${warning.code} ${warning.field}`)).toEqual(['expired expires', 'case-offer-unavailable achievements.0']);
		expect(status).toBe(0);
	});

	it('refuses an unknown option with exit code 2 and the usage', () => {
		fixture = makeContentFixture({ ordinary: true });
		const { status, output } = runCheck(fixture.root, {}, ['--jsn']);
		expect(output).toContain('Usage: npm run check [-- --json]');
		expect(status).toBe(2);
	});
});
