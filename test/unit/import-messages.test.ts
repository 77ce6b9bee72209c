import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { importOffers } from '../../content/core/import/import-offers.ts';
import { CATALOGUES, messageLocale, placeholdersOf, translator } from '../../content/core/import/messages.ts';
import { goodRow, importWorkspace } from '../fixtures/import/support.ts';

describe('the import\'s messages', () => {
	it('have an English and a Chinese catalogue with the same keys and the same placeholders', () => {
		const { en, zh } = CATALOGUES;
		expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholdersOf(zh[key]), key).toEqual(placeholdersOf(en[key]));
			expect(zh[key].trim(), key).not.toBe('');
		}
	});

	it('are in Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with zh', () => {
		expect(messageLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
		expect(messageLocale({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' })).toBe('zh');
		expect(messageLocale({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en');
		expect(messageLocale({ LANG: 'zh_CN.UTF-8', LC_ALL: '' })).toBe('zh');
		expect(messageLocale({ LANG: 'ru_RU.UTF-8' })).toBe('en');
		expect(messageLocale({})).toBe('en');
	});

	it('fill in placeholders, numbers with the language\'s grouping', () => {
		expect(translator('en')('atRow', { row: 10000 })).toBe('row 10,000');
		expect(translator('zh')('atRow', { row: 12 })).toBe('第 12 行');
	});

	describe('in a whole report', () => {
		const workspace = importWorkspace();

		it('are Chinese, passing the schemas\' own messages through', async () => {
			const result = await importOffers({ file: workspace.files.csv([goodRow({ trl: 'seven' })]), root: workspace.content.root, locale: 'zh' });
			expect(result.lines).toEqual([
				'  - 第 2 行，列 trl，值 "seven"："seven" is not a Technology Readiness Level; allowed values: whole numbers 1 to 9',
				expect.stringMatching(/^未写入任何文件：.*offers\.csv 中有 1 个问题（见上文）。请修正后重新导入。$/),
			]);
			const ok = await importOffers({ file: workspace.files.csv([goodRow()]), root: workspace.content.root, locale: 'zh', dryRun: true });
			expect(ok.lines.slice(1)).toEqual(['  将新建 im-0001：index.md、zh.md、en.md', '将会：新建 1 项，更新 0 项，未变 0 项。去掉 --dry-run 再运行一次即可写入。']);
		});

		it('come from `npm run import` in the language of the environment, with its exit codes', () => {
			const file = workspace.files.csv([goodRow({ sector: 'fishing' })]);
			const run = (args: string[], env: Record<string, string>) =>
				spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', SRE_CONTENT_DIR: workspace.content.root, ...env } });
			const chinese = run([file], { LANG: 'zh_CN.UTF-8' });
			expect(chinese.status).toBe(1);
			expect(chinese.stderr).toContain('第 2 行，列 sector，值 "fishing"');
			const dry = run(['--dry-run', file.replace('offers.csv', 'missing.csv')], { LANG: 'en_GB.UTF-8' });
			expect(dry.status).toBe(1);
			expect(dry.stderr).toContain('missing.csv: cannot be read (ENOENT)');
			const usage = run(['--force', file], { LANG: 'en_GB.UTF-8' });
			expect(usage.status).toBe(2);
			expect(usage.stderr).toContain('unknown option "--force"');
			expect(usage.stderr).toContain('Usage: npm run import -- [--dry-run] FILE');
		});
	});
});
