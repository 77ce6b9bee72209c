import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentModel } from '../../content/core/model/build-model.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { readTermbase, type Termbase } from '../../content/core/termbase/read-termbase.ts';
import { TermIndex } from '../../content/core/termbase/term-index.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import { conceptCacheFile, openConceptCache } from '../../search/documents/concept-cache.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const { model, market } = readContent(FIXTURE_CONTENT);
const { termbase } = readTermbase();

/** The termbase with its matcher counting the texts it is asked to search. */
function counting(base: Termbase) {
	const searched: string[] = [];
	const index = Object.create(base.index) as TermIndex;
	index.find = (text, lang) => {
		searched.push(`${lang}:${text.slice(0, 40)}`);
		return base.index.find(text, lang);
	};
	return { termbase: { ...base, index }, searched };
}

const build = (content: ContentModel, base: Termbase, cacheDir?: string) => {
	const { termbase: watched, searched } = counting(base);
	const conceptCache = cacheDir ? openConceptCache(conceptCacheFile(cacheDir), watched) : undefined;
	const documents = buildSearchDocuments(content, { fallbackLocales: market.fallbackLocales, termbase: watched, ...(conceptCache ? { conceptCache } : {}) });
	conceptCache?.save();
	return { documents, searched };
};

describe('concepts found in texts, kept between builds', () => {
	it('a rebuild of unchanged content matches no text again and gives the same documents', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'sre-concepts-'));
		const first = build(model, termbase, cacheDir);
		expect(first.searched.length).toBeGreaterThan(20);
		const second = build(model, termbase, cacheDir);
		expect(second.searched).toEqual([]);
		expect(second.documents).toEqual(build(model, termbase).documents);
	});

	it('matches only the text that changed, and its documents are what a build without the cache gives', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'sre-concepts-'));
		build(model, termbase, cacheDir);
		const [offer, ...rest] = model.achievements;
		const zh = offer!.texts.zh!;
		const edited = { ...model, achievements: [{ ...offer!, texts: { ...offer!.texts, zh: { ...zh, body: `${zh.body}\n\n适用于海水淡化和反渗透膜。` } } }, ...rest] } as ContentModel;
		const rebuilt = build(edited, termbase, cacheDir);
		expect(rebuilt.searched).toHaveLength(1);
		expect(rebuilt.searched[0]).toMatch(/^zh:/);
		expect(rebuilt.documents).toEqual(build(edited, termbase).documents);
		// The new words' concepts reach the other languages' documents of that offer.
		expect(rebuilt.documents).not.toEqual(build(model, termbase).documents);
	});

	it('starts afresh when the termbase changes', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'sre-concepts-'));
		const first = build(model, termbase, cacheDir);
		const fewer = termbase.concepts.filter((concept) => !first.documents.some((document) => document.concepts[0] === concept.id));
		expect(fewer.length).toBeLessThan(termbase.concepts.length);
		const smaller: Termbase = { concepts: fewer, byId: new Map(fewer.map((concept) => [concept.id, concept])), index: new TermIndex(fewer) };
		const rebuilt = build(model, smaller, cacheDir);
		expect(rebuilt.searched.length).toBe(first.searched.length);
		expect(rebuilt.documents).toEqual(build(model, smaller).documents);
	});

	it('treats a damaged cache file as empty', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'sre-concepts-'));
		writeFileSync(conceptCacheFile(cacheDir), '{"key": ');
		const rebuilt = build(model, termbase, cacheDir);
		expect(rebuilt.documents).toEqual(build(model, termbase).documents);
		expect(JSON.parse(readFileSync(conceptCacheFile(cacheDir), 'utf8')).entries).not.toEqual({});
	});
});
