import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../content/core/read/read-content.ts';
import { sourceHash } from '../../content/core/translation/source-hash.ts';
import { translationReport } from '../../content/core/translation/translation-report.ts';
import { translationStatus } from '../../content/core/translation/translation-status.ts';
import { makeContentFixture } from '../support/fixture-content.ts';

let fixture: ReturnType<typeof makeContentFixture> | undefined;
afterEach(() => fixture?.remove());

const offer = (root: string, id: string) => readContent(root).model.achievements.find((item) => item.id === id)!;
const run = (script: string, root: string, ...args: string[]) =>
	execFileSync(process.execPath, [script, ...args], { env: { ...process.env, SRE_CONTENT_DIR: root, LC_ALL: 'C.UTF-8' }, encoding: 'utf8' });

describe('translation status', () => {
	it('turns outdated when the source’s words change, and up to date again when npm run i18n:mark records the new fingerprint', () => {
		fixture = makeContentFixture({ ordinary: true });
		const { root } = fixture;
		expect(translationStatus(offer(root, 'fx-0001'), 'en').state).toBe('current');
		fixture.write('achievements/fx-0001/zh.md', fixture.read('achievements/fx-0001/zh.md').replace(/\n\n/, '\n\n新增的一段说明。\n\n'));
		expect(translationStatus(offer(root, 'fx-0001'), 'en').state).toBe('outdated');
		expect(translationStatus(offer(root, 'fx-0001'), 'ru').state).toBe('outdated');
		expect(run('scripts/i18n-status.ts', root, '--only', 'outdated')).toContain('achievements/fx-0001');
		run('scripts/i18n-mark.ts', root, 'achievements/fx-0001/en');
		expect(translationStatus(offer(root, 'fx-0001'), 'en').state).toBe('current');
		expect(translationStatus(offer(root, 'fx-0001'), 'ru').state).toBe('outdated');
		expect(fixture.read('achievements/fx-0001/en.md')).toContain(`translatedFrom: "${sourceHash(offer(root, 'fx-0001').texts.zh!)}"`);
	});

	it('ignores re-wrapped lines and extra spaces in the source, which change no words', () => {
		fixture = makeContentFixture({ ordinary: true });
		const before = sourceHash(offer(fixture.root, 'fx-0001').texts.zh!);
		fixture.write('achievements/fx-0001/zh.md', fixture.read('achievements/fx-0001/zh.md').replace(/。/, '。\n').replace(/\n## /g, '\n##  '));
		expect(fixture.read('achievements/fx-0001/zh.md')).toContain('##  ');
		expect(sourceHash(offer(fixture.root, 'fx-0001').texts.zh!)).toBe(before);
		expect(translationStatus(offer(fixture.root, 'fx-0001'), 'en').state).toBe('current');
	});

	it('reports machine-made and missing translations, with totals per language, as JSON for tools', () => {
		const { model } = readContent(makeContentFixture().root);
		const report = translationReport(model);
		const fx6 = report.rows.find((row) => row.id === 'fx-0006')!;
		expect(fx6.statuses.map((status) => `${status.locale}:${status.state}${status.machine ? '+machine' : ''}`)).toEqual(['zh:source', 'en:outdated', 'nb:missing', 'ru:current+machine']);
		expect(report.totals.ru.machine).toBe(1);
		expect(report.totals.en.outdated).toBe(1);
		const json = JSON.parse(run('scripts/i18n-status.ts', 'test/fixtures/content', '--json'));
		expect(json.totals).toEqual(report.totals);
		expect(json.rows.find((row: { id: string }) => row.id === 'fx-0006').sourceHash).toMatch(/^[0-9a-f]{12}$/);
	});
});
