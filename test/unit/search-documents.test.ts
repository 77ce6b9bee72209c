import { describe, expect, it } from 'vitest';
import { readContentModel } from '../../content/model/read-content.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import { markdownToText } from '../../search/documents/markdown-text.ts';

const model = readContentModel('content');
const documents = buildSearchDocuments(model);

describe('search documents', () => {
	it('are made for every real translation and nothing else', () => {
		const expected = [...model.achievements, ...model.cases].reduce((sum, item) => sum + Object.keys(item.texts).length, 0);
		expect(documents).toHaveLength(expected);
		expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
		expect(documents.filter((document) => document.itemId === 'to-0011').map((document) => document.lang)).toEqual(['zh']);
	});

	it('spell the facts out in the document’s language so they can be searched', () => {
		const ru = documents.find((document) => document.id === 'achievement:to-0005:ru')!;
		const facts = model.achievements.find((item) => item.id === 'to-0005')!.facts;
		expect(ru.url).toBe('/ru/achievements/to-0005/');
		expect(ru.sector).toBe(facts.sector);
		expect(ru.modes).toEqual(facts.cooperationModes);
		expect(ru.content).toContain('TRL');
		expect(ru.content).toMatch(/\p{Script=Cyrillic}/u);
		expect(ru.content).not.toMatch(/^#|\*\*/m);
	});
});

describe('markdownToText', () => {
	it('drops markup but keeps the words of every block apart', () => {
		expect(markdownToText('## Problem\n\nSome **bold** [link](https://x.y).\n\n- one\n- two')).toBe('Problem\nSome bold link.\none\ntwo');
	});
});

describe('markdownToText on tables and nested lists', () => {
	it('keeps every cell and item', () => {
		const text = markdownToText('| a | b |\n| --- | --- |\n| 1 | **2** |\n\n- outer\n  - inner `code`');
		for (const word of ['a', 'b', '1', '2', 'outer', 'inner', 'code']) expect(text.split(/\s+/)).toContain(word);
		expect(text).not.toMatch(/[|*`]/);
	});
});
