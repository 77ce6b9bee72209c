import { describe, expect, it } from 'vitest';
import { publicationDay, publicationOf } from '../../content/core/model/publication.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { labelOf } from '../../content/core/vocabularies/index.ts';
import { buildSearchDocuments, stageSearchDocuments } from '../../search/documents/build-documents.ts';
import type { SearchDocument } from '../../search/documents/search-document.ts';
import { markdownToText } from '../../search/documents/markdown-text.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const { model, market } = readContent(FIXTURE_CONTENT);
const { termbase } = readTermbase();
const documents = buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase });
const real = documents.filter((document) => !document.indexOnly);
/** Only published items that have not expired are searchable (fx-0008 is a draft, fx-0009 expired, fx-0010 archived). */
const isSearchable = (item: { facts: unknown }) => publicationOf(item, publicationDay()) === 'published';

describe('search documents', () => {
	it('are made for every item in every language: real ones for real translations, index-only ones for the rest', () => {
		const items = [...model.achievements, ...model.cases].filter(isSearchable);
		expect(documents.map((document) => `${document.itemId}:${document.lang}`).sort()).toEqual(items.flatMap((item) => LOCALES.map((lang) => `${item.id}:${lang}`)).sort());
		expect(real.map((document) => `${document.itemId}:${document.lang}`).sort()).toEqual(items.flatMap((item) => Object.keys(item.texts).map((lang) => `${item.id}:${lang}`)).sort());
		expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
		for (const document of real) expect(document.textLang).toBe(document.lang);
	});

	it('leave out drafts, archived and expired items, whatever their words', () => {
		const states = Object.fromEntries(model.achievements.map((item) => [item.id, publicationOf(item, publicationDay())]));
		expect(states).toMatchObject({ 'fx-0008': 'draft', 'fx-0009': 'expired', 'fx-0010': 'archived', 'fx-0001': 'published' });
		const searched = new Set(documents.map((document) => document.itemId));
		for (const id of ['fx-0008', 'fx-0009', 'fx-0010']) expect(searched.has(id), id).toBe(false);
		expect(searched.has('fx-0001')).toBe(true);
		// The day decides expiry: the same offer was searchable while it ran.
		const during = buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, day: new Date(Date.UTC(2020, 5, 1)) });
		expect(during.some((document) => document.itemId === 'fx-0009')).toBe(true);
		expect(during.some((document) => document.itemId === 'fx-0008' || document.itemId === 'fx-0010')).toBe(false);
	});

	it('show an untranslated item in its fallback text, and never its index-only content', () => {
		// fx-0005 is in Russian and English: on the Chinese page it is shown in English (the market's order: en, zh).
		const zh = documents.find((document) => document.id === 'achievement:fx-0005:zh')!;
		const item = model.achievements.find((entry) => entry.id === 'fx-0005')!;
		expect(zh).toMatchObject({ indexOnly: true, textLang: 'en', title: item.texts.en!.data.title, summary: item.texts.en!.data.summary, url: '/zh/achievements/fx-0005/' });
		expect(zh.content).not.toContain(item.texts.en!.data.title);
		expect(zh.content).toContain(labelOf('sector', item.facts.sector, 'zh'));
	});

	it('carry the equivalents, in the other languages, of every termbase concept found in the text', () => {
		const zh = documents.find((document) => document.id === 'achievement:fx-0002:zh')!;
		expect(zh.concepts.length).toBeGreaterThan(3);
		for (const id of zh.concepts) {
			const concept = termbase.byId.get(id)!;
			for (const lang of ['en', 'nb', 'ru'] as const) expect(zh.terms[lang], `${id} ${lang}`).toContain(concept[lang].term);
			expect(zh.terms.zh).toBeUndefined();
		}
		// The Chinese-only offer is findable from the Russian page through the same concepts, in Russian.
		const ru = documents.find((document) => document.id === 'achievement:fx-0002:ru')!;
		expect(ru.indexOnly).toBe(true);
		for (const id of zh.concepts) expect(ru.content).toContain(termbase.byId.get(id)!.ru.term);
	});

	it('link each text to its page in its own language', () => {
		for (const document of real) expect(document.url).toBe(`/${document.lang}/${document.kind === 'case' ? 'cases' : 'achievements'}/${document.itemId}/`);
	});

	it('spell every fact out in the document’s language, from the vocabulary, and in no other language', () => {
		for (const item of model.achievements.filter(isSearchable)) {
			for (const lang of LOCALES.filter((locale) => item.texts[locale])) {
				const document = documents.find((candidate) => candidate.id === `achievement:${item.id}:${lang}`)!;
				const own = [
					labelOf('sector', item.facts.sector, lang),
					labelOf('ipStatus', item.facts.ipStatus, lang),
					labelOf('trl', item.facts.trl, lang),
					...item.facts.cooperationModes.map((mode) => labelOf('cooperationMode', mode, lang)),
				];
				for (const label of own) expect(document.content, `${document.id} lacks "${label}"`).toContain(label);
				for (const other of LOCALES.filter((locale) => locale !== lang)) {
					const foreign = labelOf('sector', item.facts.sector, other);
					if (!own.includes(foreign)) expect(document.content, `${document.id} has the ${other} label`).not.toContain(foreign);
				}
				expect(document).toMatchObject({ sector: item.facts.sector, modes: item.facts.cooperationModes, trl: item.facts.trl, country: item.facts.owner.country });
				expect(document.content).not.toMatch(/^#|\*\*/m);
			}
		}
	});

	it('name the owner in the document’s language, else along the market’s fallback order', () => {
		const fx2 = model.achievements.find((item) => item.id === 'fx-0002')!;
		// fx-0002's owner has only a Chinese name: every document of it names the owner in Chinese.
		expect(Object.keys(fx2.facts.owner.name)).toEqual(['zh']);
		expect(documents.find((document) => document.id === 'achievement:fx-0002:zh')!.content).toContain(fx2.facts.owner.name.zh);
		const fx5 = model.achievements.find((item) => item.id === 'fx-0005')!;
		const ru = documents.find((document) => document.id === 'achievement:fx-0005:ru')!;
		expect(ru.content).toContain(fx5.facts.owner.name.ru);
		const en = documents.find((document) => document.id === 'achievement:fx-0005:en')!;
		expect(en.content).toContain(fx5.facts.owner.name.en);
		expect(en.content).not.toContain(fx5.facts.owner.name.ru);
	});

	it('use the market’s fallback order for names, not a fixed one', () => {
		const names = { zh: '中文名', ru: 'Русское имя' };
		const item = { ...model.achievements[0]!, texts: { nb: model.achievements[0]!.texts.nb! }, facts: { ...model.achievements[0]!.facts, owner: { ...model.achievements[0]!.facts.owner, name: names } } };
		const nb = (order: ('zh' | 'ru' | 'en')[]) => buildSearchDocuments({ ...model, achievements: [item], cases: [] }, { fallbackLocales: order }).find((document) => document.lang === 'nb')!.content;
		expect(nb(['ru', 'zh'])).toContain('Русское имя');
		expect(nb(['ru', 'zh'])).not.toContain('中文名');
		expect(nb(['zh', 'ru'])).toContain('中文名');
	});
});

describe('search documents in two steps (what the search worker does)', () => {
	it('give the documents buildSearchDocuments gives, in the same order', () => {
		const staged = stageSearchDocuments(model, { fallbackLocales: market.fallbackLocales });
		// Before the termbase: every real translation, without equivalents yet.
		expect(staged.translations.map((document) => document.id)).toEqual(real.map((document) => document.id));
		expect(staged.translations.every((document) => document.concepts.length === 0)).toBe(true);
		expect([...staged.complete({ termbase })].flat()).toEqual(documents);
	});

	it('stage item by item: each item’s translations once, in the order of translations, whoever asks first', () => {
		const staged = stageSearchDocuments(model, { fallbackLocales: market.fallbackLocales });
		const stage = staged.stage();
		const first = stage.next().value as SearchDocument[];
		expect(new Set(first.map((document) => document.itemId)).size).toBe(1);
		// The rest, made on demand by `translations`, follow; a second walk of stage() has nothing left.
		expect([...first, ...staged.translations.slice(first.length)]).toEqual(staged.translations);
		expect(staged.translations.map((document) => document.id)).toEqual(real.map((document) => document.id));
		expect(stage.next().done).toBe(true);
		expect([...staged.stage()]).toEqual([]);
		expect([...staged.complete({ termbase })].flat()).toEqual(documents);
	});

	it('without allTerms, match concepts only for items that lack a language, and change nothing Pagefind indexes', () => {
		const staged = stageSearchDocuments(model, { fallbackLocales: market.fallbackLocales });
		const lean = [...staged.complete({ termbase, allTerms: false })].flat();
		const complete = (id: string) => [...model.achievements, ...model.cases].some((item) => item.id === id && LOCALES.every((lang) => item.texts[lang]));
		// The fixture has both kinds, and the termbase finds concepts in the complete ones' texts.
		expect(real.some((document) => complete(document.itemId) && document.concepts.length > 0)).toBe(true);
		expect(documents.some((document) => document.indexOnly && document.content.length > 0)).toBe(true);
		for (const [index, document] of lean.entries()) {
			const full = documents[index]!;
			if (complete(document.itemId)) expect({ terms: document.terms, concepts: document.concepts }, document.id).toEqual({ terms: {}, concepts: [] });
			else expect(document, document.id).toEqual(full);
			const { terms: _t, concepts: _c, ...indexed } = document;
			const { terms: _ft, concepts: _fc, ...fullIndexed } = full;
			expect(indexed, document.id).toEqual(fullIndexed);
		}
	});
});

describe('markdownToText', () => {
	it('drops markup but keeps the words of every block apart', () => {
		expect(markdownToText('## Problem\n\nSome **bold** [link](https://x.y).\n\n- one\n- two')).toBe('Problem\nSome bold link.\none\ntwo');
	});

	it('keeps every cell of a table and every item of a nested list', () => {
		const text = markdownToText('| a | b |\n| --- | --- |\n| 1 | **2** |\n\n- outer\n  - inner `code`');
		for (const word of ['a', 'b', '1', '2', 'outer', 'inner', 'code']) expect(text.split(/\s+/)).toContain(word);
		expect(text).not.toMatch(/[|*`]/);
	});
});
