import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../content/model/content-error.ts';
import { parseMarkdownFile, readContentModel } from '../../content/model/read-content.ts';
import { LOCALES } from '../../content/schema/locale.ts';
import { makeContentFixture } from '../support/fixture-content.ts';

let fixture: ReturnType<typeof makeContentFixture> | undefined;
afterEach(() => fixture?.remove());

/** Reads a fixture and returns the ContentError's message; fails if the content is accepted. */
function problemsIn(root: string): string {
	try {
		readContentModel(root);
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('the content was accepted');
}

describe('the sample content', () => {
	const model = readContentModel('content');

	it('is accepted by the schema, with at least 24 achievements and 6 cases', () => {
		expect(model.achievements.length).toBeGreaterThanOrEqual(24);
		expect(model.cases.length).toBeGreaterThanOrEqual(6);
	});

	it('covers every fallback path the issue asks for', () => {
		const has = (item: { texts: object }, locale: string) => locale in item.texts;
		const share = (locale: string) => model.achievements.filter((item) => has(item, locale)).length / model.achievements.length;
		expect(model.achievements.filter((item) => item.facts.sourceLocale === 'en').length).toBeGreaterThanOrEqual(3);
		expect(share('ru')).toBeGreaterThanOrEqual(0.6);
		expect(share('nb')).toBeGreaterThanOrEqual(0.4);
		const only = (locale: string) => model.achievements.filter((item) => Object.keys(item.texts).join() === locale);
		expect(only('zh').length).toBeGreaterThanOrEqual(2);
		expect(only('en').length).toBeGreaterThanOrEqual(1);
	});

	it('links every case to achievements that exist', () => {
		const ids = new Set(model.achievements.map((item) => item.id));
		for (const item of model.cases) for (const id of item.facts.achievements) expect(ids.has(id), `${item.id} -> ${id}`).toBe(true);
	});

	it('has the about page in every language', () => {
		expect(Object.keys(model.pages.about ?? {}).sort()).toEqual([...LOCALES].sort());
	});
});

describe('frontmatter parsing', () => {
	it('reads an unquoted NO as Norway, not as false (YAML 1.2)', () => {
		expect(parseMarkdownFile('---\ncountry: NO\ntargetRegions: [NO, "143"]\n---\nBody', 'x.md')).toEqual({ data: { country: 'NO', targetRegions: ['NO', '143'] }, body: 'Body' });
	});
});

describe('a wrong field', () => {
	const facts = 'achievements/to-0005/index.md';

	it.each([
		['sector', 'sector: marine', 'achievements/to-0005/index.md: field "sector": "marine" is not a sector; allowed values: marine-biotech, marine-equipment'],
		['trl', 'trl: 10', 'field "trl": 10 is above 9; allowed values: 1, 2, 3, 4, 5, 6, 7, 8, 9'],
		['trl', 'trl: high', 'field "trl": "high" is not a Technology Readiness Level; allowed values: whole numbers 1 to 9'],
		['ipStatus', 'ipStatus: patented', 'field "ipStatus": "patented" is not a IP status; allowed values: none, know-how, patent-pending, patent-granted, software-copyright'],
		['cooperationModes', 'cooperationModes: [license]', 'field "cooperationModes.0": "license" is not a cooperation mode; allowed values: transfer, licence, equity, joint-development, technical-service, consulting'],
		['sourceLocale', 'sourceLocale: de', 'field "sourceLocale": "de" is not a portal language; allowed values: zh, en, nb, ru'],
		['published', 'published: 2026-13-45', 'field "published": "2026-13-45" is not a date; write it as YYYY-MM-DD'],
		['terms', 'terms: cheap', 'field "terms": must be "negotiable" or an amount range'],
		['contact', 'contact: phone', 'field "contact": must be "market"'],
	])('%s is reported with the file, the field, the problem and the allowed values', (field, line, expected) => {
		fixture = makeContentFixture();
		fixture.setField(facts, field, line);
		expect(problemsIn(fixture.root)).toMatch(new RegExp(expected.replace(/[()[\]]/g, '\\$&')));
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
		fixture.addField('achievements/to-0005/ru.md', 'trl: 3');
		expect(problemsIn(fixture.root)).toMatch(/to-0005\/ru.md: field "trl": "trl" is a fact, written once in index.md; a language file has only: title, summary/);
	});

	it('rejects a missing title in a language file', () => {
		fixture = makeContentFixture();
		fixture.setField('achievements/to-0005/en.md', 'title', null);
		expect(problemsIn(fixture.root)).toMatch(/to-0005\/en.md: field "title": is required/);
	});

	it('rejects a case that cites an achievement that does not exist', () => {
		fixture = makeContentFixture();
		fixture.setField('cases/cc-0005/index.md', 'achievements', 'achievements: [to-0099]');
		expect(problemsIn(fixture.root)).toMatch(/cc-0005\/index.md: field "achievements.0": "to-0099" is not an achievement/);
	});

	it('rejects an item whose source-language file is missing', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'sourceLocale', 'sourceLocale: nb');
		rmSync(`${fixture.root}/achievements/to-0005/nb.md`);
		expect(problemsIn(fixture.root)).toMatch(/field "sourceLocale": is "nb" but nb.md is missing/);
	});

	it('rejects a language file with a name that is not a portal language', () => {
		fixture = makeContentFixture();
		fixture.write('achievements/to-0005/de.md', fixture.read('achievements/to-0005/en.md'));
		expect(problemsIn(fixture.root)).toMatch(/to-0005\/de.md: "de.md" is not a language file; allowed names: index.md, zh.md, en.md, nb.md, ru.md/);
	});

	it('reports broken YAML with its line', () => {
		fixture = makeContentFixture();
		fixture.write('achievements/to-0005/en.md', '---\ntitle: "unclosed\nsummary: x\n---\nBody');
		expect(problemsIn(fixture.root)).toMatch(/to-0005\/en.md: the frontmatter is not valid YAML/);
	});

	it('rejects an image that is not in the item folder', () => {
		fixture = makeContentFixture();
		rmSync(`${fixture.root}/achievements/to-0005/deployment.svg`);
		expect(problemsIn(fixture.root)).toMatch(/to-0005\/index.md: field "images.0.src": "deployment.svg" is not in the folder/);
	});

	it('lists every problem at once, not only the first', () => {
		fixture = makeContentFixture();
		fixture.setField(facts, 'sector', 'sector: marine');
		fixture.setField(facts, 'trl', 'trl: 0');
		const message = problemsIn(fixture.root);
		expect(message).toContain('The content has 2 problems');
		expect(message).toContain('field "sector"');
		expect(message).toContain('field "trl"');
	});
});
