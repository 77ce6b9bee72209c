import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../content/core/messages/message.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { nextFreeId } from '../../content/core/write/next-id.ts';
import { scaffoldItem } from '../../content/core/write/scaffold-item.ts';
import { makeContentFixture } from '../support/fixture-content.ts';

let fixture: ReturnType<typeof makeContentFixture> | undefined;
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
	setMessageLanguage(undefined);
});

/** Runs `npm run new` (the script itself, not in a terminal) on a content folder. */
function runNew(root: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['scripts/new-item.ts', ...args], {
		encoding: 'utf8',
		input: '',
		env: { PATH: process.env.PATH ?? '', SRE_CONTENT_DIR: root, SRE_TODAY: '2026-06-01', LANG: 'C.UTF-8', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its size and modification time, to prove nothing was written. */
function snapshot(root: string): string[] {
	const walk = (folder: string): string[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) return [`${relative(root, path)}/`, ...walk(path)];
			const stat = statSync(path);
			return [`${relative(root, path)} ${stat.size} ${stat.mtimeMs}`];
		});
	return walk(root).sort();
}

const offerOf = (root: string, id: string) => readContent(root).model.achievements.find((item) => item.id === id);

describe('npm run new', () => {
	it('writes a draft offer that passes the check, with a comment on every field, and says what to do next', () => {
		fixture = makeContentFixture();
		const { status, stdout } = runNew(fixture.root, ['achievement', '--id', 'fx-0042', '--locale', 'en']);
		expect(status).toBe(0);
		expect(stdout).toMatch(/Created \S*achievements\/fx-0042\/ as a draft:\n {2}\S*fx-0042\/index\.md\n {2}\S*fx-0042\/en\.md\n/);
		expect(stdout).toContain('Run `npm run check`: it lists the placeholders still to fill');
		expect(stdout).toContain('Translations: add zh.md, nb.md, ru.md next to en.md');
		const offer = offerOf(fixture.root, 'fx-0042')!;
		expect(offer.facts).toMatchObject({ sourceLocale: 'en', status: 'draft', terms: 'negotiable', contact: 'market' });
		expect(offer.facts.published.toISOString().slice(0, 10)).toBe('2026-06-01');
		expect(Object.keys(offer.texts)).toEqual(['en']);
		// Every field of the facts file, and the optional ones left commented out, has a comment right above it.
		const lines = fixture.read('achievements/fx-0042/index.md').split('\n');
		for (const field of ['sourceLocale', 'sector', 'trl', 'ipStatus', '# patents', 'cooperationModes', 'owner', '  country', 'terms', 'contact', 'published', '# expires', 'status']) {
			const at = lines.findIndex((line) => line.startsWith(`${field}:`));
			expect(at, field).toBeGreaterThan(0);
			expect(lines[at - 1], `the comment above ${field}`).toMatch(/^ *# [a-zA-Z]/);
		}
		expect(fixture.read('achievements/fx-0042/index.md')).toContain('# one of: marine-biotech, marine-equipment, aquaculture-food, marine-environment, new-materials, ai-digital, medical-health, clean-energy, advanced-manufacturing\nsector: ');
	});

	it('writes a case for an existing offer, with comments and placeholders in Chinese for a Chinese editor', () => {
		fixture = makeContentFixture();
		const { status, stdout } = runNew(fixture.root, ['case', '--id', 'fc-0042', '--locale', 'zh', '--achievement', 'fx-0001'], { LANG: 'zh_CN.UTF-8' });
		expect(status).toBe(0);
		expect(stdout).toContain('已创建草稿');
		const facts = fixture.read('cases/fc-0042/index.md');
		expect(facts).toContain('# 该案例所涉及的技术成果编号；每个编号都必须在 content/achievements/ 中存在\nachievements: [fx-0001]');
		expect(facts).toContain('# 最初撰写所用的语言；该语言文件必须存在\nsourceLocale: zh');
		expect(fixture.read('cases/fc-0042/zh.md')).toContain('title: "合作案例标题（不超过120个字符）"');
		const item = readContent(fixture.root).model.cases.find((entry) => entry.id === 'fc-0042')!;
		expect(item.facts).toMatchObject({ achievements: ['fx-0001'], status: 'draft', year: 2026 });
		expect(item.facts.parties).toHaveLength(2);
	});

	it('suggests the next free id when none is given, and uses it outside a terminal', () => {
		fixture = makeContentFixture();
		mkdirSync(join(fixture.root, 'achievements/to-0041'));
		writeFileSync(join(fixture.root, 'achievements/to-0041/index.md'), fixture.read('achievements/fx-0003/index.md'));
		writeFileSync(join(fixture.root, 'achievements/to-0041/en.md'), fixture.read('achievements/fx-0003/en.md'));
		const { status, stdout } = runNew(fixture.root, ['achievement', '--locale', 'en']);
		expect(status).toBe(0);
		expect(stdout).toMatch(/achievements\/to-0042\/ as a draft/);
		expect(offerOf(fixture.root, 'to-0042')?.facts.status).toBe('draft');
	});

	it('asks for the id and the language in a terminal, suggesting the next free id', async () => {
		fixture = makeContentFixture();
		// `script` (util-linux) runs the command on a pseudo-terminal; each answer is typed once its question shows.
		const child = spawn('script', ['-qec', `${process.execPath} scripts/new-item.ts achievement`, '/dev/null'], {
			env: { PATH: process.env.PATH ?? '', TERM: 'dumb', SRE_CONTENT_DIR: fixture.root, SRE_TODAY: '2026-06-01', LANG: 'C.UTF-8' },
		});
		const answers: [question: string, answer: string][] = [
			['Id of the new offer [to-0001]: ', '\r'],
			['Language you write it in (zh, en, nb, ru) [en]: ', 'nb\r'],
		];
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const [question, answer] = answers[0] ?? [];
			if (question && output.includes(question)) {
				answers.shift();
				child.stdin.write(answer);
			}
		});
		const status = await new Promise((resolve) => child.on('close', resolve));
		expect(answers).toEqual([]);
		expect(output).toMatch(/Created \S*achievements\/to-0001\/ as a draft/);
		expect(status).toBe(0);
		expect(offerOf(fixture.root, 'to-0001')?.facts).toMatchObject({ sourceLocale: 'nb', status: 'draft' });
	});

	it.each([
		['an id that exists', ['achievement', '--id', 'fx-0001', '--locale', 'en'], /refused: \S*achievements\/fx-0001 already exists; choose another id \(the next free one is to-0001\)\. Nothing was written\./],
		['a malformed id', ['achievement', '--id', 'FX_0042', '--locale', 'en'], /refused: "FX_0042" is not a valid id; use lower-case ASCII letters, digits and single hyphens, e\.g\. to-0001\. Nothing was written\./],
		['an id with a path in it', ['achievement', '--id', '../fx-0042', '--locale', 'en'], /refused: "\.\.\/fx-0042" is not a valid id/],
		['a language that is not a portal language', ['achievement', '--id', 'fx-0042', '--locale', 'de'], /refused: "de" is not a portal language; allowed values: zh, en, nb, ru\. Nothing was written\./],
		['a case for an offer that does not exist', ['case', '--id', 'fc-0042', '--locale', 'en', '--achievement', 'fx-0099'], /refused: there is no offer "fx-0099" in content\/achievements\//],
	])('refuses %s with a clear message, exit code 1, and writes nothing', (_, args, refusal) => {
		fixture = makeContentFixture();
		const before = snapshot(fixture.root);
		const { status, stderr } = runNew(fixture.root, args);
		expect(stderr).toMatch(refusal);
		expect(status).toBe(1);
		expect(snapshot(fixture.root)).toEqual(before);
	});

	it('refuses in Chinese for a Chinese editor', () => {
		fixture = makeContentFixture();
		const { status, stderr } = runNew(fixture.root, ['achievement', '--id', 'fx-0001'], { LANG: 'zh_CN.UTF-8' });
		expect(stderr).toMatch(/已拒绝：\S*achievements\/fx-0001 已存在；请换一个编号（下一个可用编号是 to-0001）。未写入任何文件。/);
		expect(status).toBe(1);
	});

	it('explains its usage for an unknown kind, with exit code 2', () => {
		fixture = makeContentFixture();
		const { status, stderr } = runNew(fixture.root, ['expert']);
		expect(stderr).toContain('"expert" is not a kind of item; write achievement or case');
		expect(stderr).toContain('Usage: npm run new -- achievement|case');
		expect(status).toBe(2);
	});
});

describe('a scaffolded item', () => {
	it('passes the content check in every source language and for both kinds, in both editor languages', () => {
		fixture = makeContentFixture();
		for (const language of ['en', 'zh'] as const) {
			setMessageLanguage(language);
			for (const locale of LOCALES) {
				for (const kind of ['achievements', 'cases'] as const) {
					const id = `${kind === 'achievements' ? 'to' : 'cc'}-${language}-${locale}`;
					mkdirSync(join(fixture.root, kind, id));
					for (const file of scaffoldItem({ kind, id, locale, day: new Date(Date.UTC(2026, 5, 1)), achievement: 'fx-0001' })) writeFileSync(join(fixture.root, file.path), file.text);
				}
			}
		}
		const { model } = readContent(fixture.root);
		const scaffolded = [...model.achievements, ...model.cases].filter((item) => /^(to|cc)-/.test(item.id));
		expect(scaffolded).toHaveLength(16);
		for (const item of scaffolded) expect(item.facts.status).toBe('draft');
	});

	it('names its owner in Chinese or English, as the schema requires, even when written in Norwegian', () => {
		const [facts] = scaffoldItem({ kind: 'achievements', id: 'to-0001', locale: 'nb', day: new Date(Date.UTC(2026, 5, 1)) });
		expect(facts!.text).toMatch(/owner:\n {2}name:\n {4}en: /);
	});
});

describe('the next free id', () => {
	it('follows the highest number in use, never filling a gap', () => {
		expect(nextFreeId(['to-0001', 'to-0024', 'to-0003', 'cc-0009', 'fx-0100'], 'to')).toBe('to-0025');
		expect(nextFreeId([], 'cc')).toBe('cc-0001');
		expect(nextFreeId(['to-9999'], 'to')).toBe('to-10000');
	});
});
