import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../content/core/messages/message.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { TERMBASE_DOMAINS, type Concept } from '../../content/core/schema/termbase.ts';
import { findDeprecatedTerms } from '../../content/core/termbase/deprecated-terms.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { TermIndex } from '../../content/core/termbase/term-index.ts';
import { makeContentFixture } from '../support/fixture-content.ts';

// These tests assert the English messages, whatever the language of the terminal running them.
beforeAll(() => setMessageLanguage('en'));

const concept = (id: string, words: Record<'zh' | 'en' | 'nb' | 'ru', [string, ...string[]]>, deprecated: Partial<Record<'zh' | 'en' | 'nb' | 'ru', string[]>> = {}): Concept => ({
	id,
	...(Object.fromEntries(Object.entries(words).map(([lang, [term, ...variants]]) => [lang, { term, variants, deprecated: deprecated[lang as 'zh'] ?? [] }])) as Pick<Concept, 'zh' | 'en' | 'nb' | 'ru'>),
});

const index = new TermIndex([
	concept('seaweed-extract', { zh: ['海藻提取物', '藻类提取物'], en: ['seaweed extract', 'algae extract'], nb: ['tareekstrakt', 'tare'], ru: ['экстракт водорослей'] }),
	concept('seaweed', { zh: ['海藻'], en: ['seaweed'], nb: ['tang'], ru: ['водоросли'] }),
	concept('recirculating-aquaculture-system', { zh: ['循环水养殖系统'], en: ['recirculating aquaculture system', 'RAS'], nb: ['resirkuleringsanlegg', 'RAS-anlegg'], ru: ['установка замкнутого водоснабжения', 'УЗВ'] }),
	concept('know-how', { zh: ['技术秘密'], en: ['know-how'], nb: ['knowhow'], ru: ['секрет производства', 'ноу-хау'] }, { ru: ['коммерческая тайна'] }),
]);
const found = (text: string, lang: 'zh' | 'en' | 'nb' | 'ru') => index.find(text, lang).map((match) => `${match.conceptId}${match.deprecated ? '!' : ''}=${text.slice(match.start, match.end)}`);

describe('finding termbase concepts in a text', () => {
	it('takes the longest Chinese term at each place, without spaces', () => {
		expect(found('本发明涉及一种海藻提取物面膜，原料为海藻。', 'zh')).toEqual(['seaweed-extract=海藻提取物', 'seaweed=海藻']);
	});

	it('finds Russian phrases in any case and number, through their stems', () => {
		// "морских" breaks the phrase: only "водорослей" is a concept there.
		expect(found('Производство экстрактов морских водорослей и экстракта водорослей', 'ru')).toEqual(['seaweed=водорослей', 'seaweed-extract=экстракта водорослей']);
		expect(found('Поставка установки замкнутого водоснабжения (УЗВ)', 'ru')).toEqual(['recirculating-aquaculture-system=установки замкнутого водоснабжения', 'recirculating-aquaculture-system=УЗВ']);
	});

	it('finds Norwegian definite and compound forms, but never a short word inside another meaning', () => {
		expect(found('Tareekstraktet selges til kosmetikk.', 'nb')).toEqual(['seaweed-extract=Tareekstraktet']);
		// "tare" stems to "tar", which is also the verb "takes": short words match only their listed forms.
		expect(found('Han tar båten til tareskogen.', 'nb')).toEqual([]);
		expect(found('Vi høster tare.', 'nb')).toEqual(['seaweed-extract=tare']);
	});

	it('finds English plurals, prefers the longer phrase, and matches acronyms only in capitals', () => {
		expect(found('Seaweed extracts from recirculating aquaculture systems (RAS).', 'en')).toEqual([
			'seaweed-extract=Seaweed extracts',
			'recirculating-aquaculture-system=recirculating aquaculture systems',
			'recirculating-aquaculture-system=RAS',
		]);
		expect(found('Ras el hanout and grass seaweed', 'en')).toEqual(['seaweed=seaweed']);
	});

	it('marks deprecated forms, matching them as written', () => {
		expect(found('Охраняется как коммерческая тайна.', 'ru')).toEqual(['know-how!=коммерческая тайна']);
	});
});

describe('the termbase files', () => {
	const { termbase, issues } = readTermbase();

	it('are valid: no duplicate ids and no variant naming two concepts', () => {
		expect(issues.map((issue) => `${issue.file}:${issue.line} ${issue.problem}`)).toEqual([]);
	});

	it('hold at least 1,500 concepts over every domain the market works in', () => {
		expect(termbase.concepts.length).toBeGreaterThanOrEqual(1500);
		for (const domain of TERMBASE_DOMAINS) expect(termbase.concepts.filter((entry) => entry.domain === domain).length, domain).toBeGreaterThanOrEqual(80);
	});

	it('name one concept the same way a searcher in each language would', () => {
		const ids = (text: string, lang: 'zh' | 'en' | 'nb' | 'ru') => termbase.index.find(text, lang).map((match) => match.conceptId);
		const seaweed = ids('海藻提取物', 'zh');
		expect(seaweed).toHaveLength(1);
		expect(ids('seaweed extract', 'en')).toEqual(seaweed);
		expect(ids('tareekstrakt', 'nb')).toEqual(seaweed);
		expect(ids('экстракт водорослей', 'ru')).toEqual(seaweed);
	});
});

describe('checking a termbase', () => {
	function termbaseDir(files: Record<string, string>): string {
		const dir = mkdtempSync(join(tmpdir(), 'sre-termbase-'));
		mkdirSync(dir, { recursive: true });
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
		return dir;
	}
	const entry = (id: string, en: string) => `  - id: ${id}\n    zh: { term: 术语${id.length} }\n    en: { term: ${en} }\n    nb: { term: ${id}-nb }\n    ru: { term: термин-${id} }\n`;

	it('reports a variant that names two concepts, with both files and lines', () => {
		const dir = termbaseDir({
			'energy.yaml': `domain: energy\nconcepts:\n${entry('wave-power', 'wave power')}`,
			'marine-science.yaml': `domain: marine-science\nconcepts:\n${entry('ocean-wave', 'ocean wave')}  - id: wave-energy\n    zh: { term: 波浪能 }\n    en: { term: wave energy, variants: [wave powers] }\n    nb: { term: bølgeenergi }\n    ru: { term: энергия волн }\n`,
		});
		const { issues } = readTermbase(dir);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: expect.stringMatching(/marine-science\.yaml$/), line: 8, field: 'wave-energy.en' });
		expect(issues[0]!.problem).toMatch(/"wave power" also names "wave-power" \(.*energy\.yaml:3\)/);
	});

	it('reports a concept without a language at its line, and an id used twice', () => {
		const dir = termbaseDir({
			'energy.yaml': `domain: energy\nconcepts:\n${entry('wave-power', 'wave power')}${entry('wave-power', 'tidal power')}  - id: broken\n    en: { term: x }\n`,
		});
		const problems = readTermbase(dir).issues.map((issue) => `${issue.line} ${issue.field}: ${issue.problem}`);
		expect(problems).toContainEqual('13 concepts.2.zh: is missing: every concept needs its term in zh, en, nb and ru');
		const dir2 = termbaseDir({ 'energy.yaml': `domain: energy\nconcepts:\n${entry('wave-power', 'wave power')}${entry('wave-power', 'tidal power')}` });
		expect(readTermbase(dir2).issues.map((issue) => `${issue.line} ${issue.problem}`)).toContainEqual(expect.stringMatching(/^8 "wave-power" is already the id of a concept in .*energy\.yaml:3/));
	});

	it('warns where a text uses a deprecated term, naming the file, the line and the preferred term', () => {
		const fixture = makeContentFixture();
		try {
			const file = 'achievements/fx-0005/ru.md';
			fixture.write(file, `${fixture.read(file)}\n\nТехнология охраняется как коммерческая тайна.\n`);
			const { model } = readContent(fixture.root);
			const { termbase } = readTermbase();
			const warnings = findDeprecatedTerms(model, termbase);
			const line = fixture.read(file).split('\n').findIndex((text) => text.includes('коммерческая тайна')) + 1;
			expect(warnings).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/fx-0005\/ru\.md$/), line, problem: expect.stringMatching(/uses "коммерческая тайна", which the termbase marks as deprecated; write "секрет производства/) }));
		} finally {
			fixture.remove();
		}
	});
});
