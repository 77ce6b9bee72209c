import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/core/schema/locale.ts';
import { RESOURCES, createTranslator, getTranslator } from '../../site/i18n/translator.ts';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Record<string, string> {
	return Object.fromEntries(
		Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
	);
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(RESOURCES[locale] as Tree)])) as Record<string, Record<string, string>>;
const baseKeys = (locale: string) => new Set(Object.keys(flat[locale]!).map((key) => key.replace(PLURAL, '')));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
	for (const locale of LOCALES) {
		it(`${locale}: has every key of en.json and no other`, () => {
			expect([...baseKeys(locale)].sort()).toEqual([...baseKeys('en')].sort());
		});

		it(`${locale}: has exactly the plural forms its language needs`, () => {
			const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
			const plurals = [...new Set(Object.keys(flat.en!).filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')))];
			for (const key of plurals) {
				const forms = Object.keys(flat[locale]!).filter((candidate) => candidate.replace(PLURAL, '') === key && PLURAL.test(candidate)).map((candidate) => PLURAL.exec(candidate)![1]);
				expect(forms.sort(), `${locale} ${key}`).toEqual([...categories].sort());
			}
		});

		it(`${locale}: keeps every placeholder of the English string`, () => {
			for (const [key, english] of Object.entries(flat.en!)) {
				const base = key.replace(PLURAL, '');
				const own = Object.entries(flat[locale]!).filter(([candidate]) => candidate.replace(PLURAL, '') === base);
				for (const [candidate, text] of own) {
					// A form for exactly one item may spell the number out instead of using {{count}}.
					const expected = placeholders(english).filter((name) => !(candidate.endsWith('_one') && name === 'count'));
					for (const name of expected) expect(placeholders(text), `${locale} ${candidate}`).toContain(name);
				}
			}
		});
	}

	it('chooses the correct Russian plural form for one, few and many', () => {
		const t = getTranslator('ru');
		expect(t('achievements.count', { count: 1 })).toMatch(/^1 \S+е$/);
		expect(t('achievements.count', { count: 3 })).toMatch(/^3 \S+я$/);
		expect(t('achievements.count', { count: 5 })).toMatch(/^5 \S+й$/);
		expect(t('achievements.count', { count: 21 })).toBe(t('achievements.count', { count: 1 }).replace('1', '21'));
		expect(t('achievements.count', { count: 1 })).not.toBe(t('achievements.count', { count: 3 }).replace('3', '1'));
	});

	it('fills per-item values exactly as i18next does, for every string in every language', () => {
		// getTranslator fills plain {{name}} templates itself (the build's hot path); i18next is the reference.
		const values = ['to-0042', 'Seaweed <extract> & "gel" {{id}}', 'https://exchange.example.org/ru/achievements/to-0042/', 7, true, 'водоросли'];
		let filled = 0;
		for (const locale of LOCALES) {
			const fast = getTranslator(locale);
			const reference = createTranslator(locale, RESOURCES[locale]);
			for (const [key, text] of Object.entries(flat[locale]!)) {
				if (PLURAL.test(key)) continue;
				const names = placeholders(text);
				if (!names.length) continue;
				const options = Object.fromEntries(names.map((name, index) => [name, values[index % values.length]]));
				expect(fast(key as never, options), `${locale} ${key}`).toBe(reference(key as never, options));
				// A value left out is i18next's business too (it keeps the placeholder).
				const { [names[0]!]: _left, ...partial } = options;
				expect(fast(key as never, partial), `${locale} ${key} without ${names[0]}`).toBe(reference(key as never, partial));
				filled++;
			}
		}
		expect(filled).toBeGreaterThan(40);
	});

	it('translators are separate per locale', () => {
		expect(getTranslator('zh')('nav.search')).not.toBe(getTranslator('en')('nav.search'));
		expect(getTranslator('ru')('nav.search')).toMatch(/\p{Script=Cyrillic}/u);
	});

	it('a string missing in a language shows its key, never the English text', () => {
		const ru = structuredClone(RESOURCES.ru) as { nav: Record<string, string> };
		delete ru.nav.search;
		const t = createTranslator('ru', ru);
		expect(t('nav.search')).toBe('nav.search');
		expect(t('nav.search')).not.toBe(getTranslator('en')('nav.search'));
		expect(t('nav.about')).toBe(getTranslator('ru')('nav.about'));
	});
});

describe('numbers in UI strings', () => {
	it('are formatted for the page’s language by i18next and by the search island alike', async () => {
		const { fill, plural } = await import('../../site/components/search/messages.ts');
		const { pluralTemplates } = await import('../../site/i18n/island-strings.ts');
		expect(getTranslator('en')('achievements.count', { count: 2000 })).toBe('2,000 offers');
		expect(getTranslator('ru')('achievements.count', { count: 2000 })).toBe(`${new Intl.NumberFormat('ru').format(2000)} предложений`);
		const templates = pluralTemplates('search.results', 'ru');
		expect(fill(plural(templates, 'ru', 2001), { count: 2001, query: 'x' }, 'ru')).toBe(getTranslator('ru')('search.results', { count: 2001, query: 'x' }));
		expect(fill(plural(templates, 'ru', 3), { count: 3, query: 'x' }, 'ru')).toBe(getTranslator('ru')('search.results', { count: 3, query: 'x' }));
	});
});
