import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/core/read/read-content.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { buildSearchDocuments } from '../../search/documents/build-documents.ts';
import { buildVocabulary } from '../../search/pagefind/vocabulary.ts';
import { correctWord, vocabularyFrom, withinOneEdit } from '../../site/components/search/spelling.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const vocabularyOf = (words: string[]) => vocabularyFrom(words);

describe('one-edit distance', () => {
	it.each([
		['tareekstakt', 'tareekstrakt', true], // a letter left out
		['seaweeed', 'seaweed', true], // a letter too many
		['desalinatoin', 'desalination', true], // two neighbours swapped
		['водарасли', 'водоросли', false], // two substitutions
		['опреснене', 'опреснение', true],
		['biofoulinq', 'biofouling', true], // one substitution
		['biofouling', 'biofouling', true],
		['fouling', 'biofouling', false],
	])('%s → %s: %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
		expect(withinOneEdit(b, a)).toBe(expected);
	});
});

describe('typo correction against a bundle’s vocabulary', () => {
	const vocabulary = vocabularyOf(['desalination', 'seawater', 'tareekstrakt', 'tareekstrakter', 'extract', 'extrude']);

	it('replaces an unknown word by its nearest known word, the most frequent first', () => {
		expect(correctWord('desalinatoin', vocabulary)).toBe('desalination');
		expect(correctWord('seawatr', vocabulary)).toBe('seawater');
		expect(correctWord('extrct', vocabulary)).toBe('extract');
	});

	it('corrects a typo in the first part of a longer word (compounds, inflections)', () => {
		const nb = vocabularyOf(['korrosjonsovervåkingen', 'korrosjon']);
		expect(correctWord('korosjonsovervåking', nb)).toBe('korrosjonsovervåkingen');
		expect(correctWord('tareekstrkt', vocabulary)).toBe('tareekstrakt');
	});

	it('leaves known words, words still being typed, short words, numbers and Chinese alone', () => {
		expect(correctWord('seawater', vocabulary)).toBeUndefined();
		expect(correctWord('tareeks', vocabulary)).toBeUndefined();
		expect(correctWord('extr', vocabulary)).toBeUndefined();
		expect(correctWord('iso9001', vocabulary)).toBeUndefined();
		expect(correctWord('海水淡化装置', vocabulary)).toBeUndefined();
		expect(correctWord('quantum', vocabulary)).toBeUndefined();
	});

	it('is built from the bundle’s own documents, per language, most frequent words first', () => {
		const { model, market } = readContent(FIXTURE_CONTENT);
		const documents = buildSearchDocuments(model, { fallbackLocales: market.fallbackLocales, termbase: readTermbase().termbase });
		const ru = buildVocabulary('ru', documents.filter((document) => document.lang === 'ru')).words.split(' ');
		// fx-0002 is Chinese-only: its Russian index-only document carries the termbase's Russian term for desalination.
		expect(ru).toContain('опреснение');
		expect(ru.every((word) => word === word.toLocaleLowerCase('ru') && !/\p{Script=Han}/u.test(word))).toBe(true);
		expect(correctWord('опреснене', vocabularyOf(ru))).toBe('опреснение');
		const en = buildVocabulary('en', documents.filter((document) => document.lang === 'en')).words.split(' ');
		expect(correctWord('biofoulinq', vocabularyOf(en))).toBe('biofouling');
		expect(new Set(en).size).toBe(en.length);
	});
});
