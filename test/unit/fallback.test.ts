import { describe, expect, it } from 'vitest';
import { fallbackChain, resolveLocalized, translatedLocales } from '../../content/core/model/resolve-text.ts';

const order = ['en', 'zh'] as const;

describe('fallback resolution', () => {
	it('prefers the visitor’s language, then English, then Chinese, then the rest', () => {
		expect(fallbackChain('nb', order)).toEqual(['nb', 'en', 'zh', 'ru']);
		expect(fallbackChain('zh', order)).toEqual(['zh', 'en', 'nb', 'ru']);
		expect(fallbackChain('en', order)).toEqual(['en', 'zh', 'nb', 'ru']);
	});

	it('uses the visitor’s language when it exists and says it is not a fallback', () => {
		expect(resolveLocalized({ zh: 'zh text', ru: 'ru text' }, 'ru', order)).toEqual({ value: 'ru text', lang: 'ru', isFallback: false });
	});

	it('falls back from Russian to English before Chinese', () => {
		expect(resolveLocalized({ zh: 'zh', en: 'en' }, 'ru', order)).toEqual({ value: 'en', lang: 'en', isFallback: true });
	});

	it('falls back to Chinese when there is no English', () => {
		expect(resolveLocalized({ zh: 'zh' }, 'nb', order)).toMatchObject({ lang: 'zh', isFallback: true });
	});

	it('falls back from Chinese to English', () => {
		expect(resolveLocalized({ en: 'en' }, 'zh', order)).toMatchObject({ lang: 'en', isFallback: true });
	});

	it('finds a text written only in a language outside the configured order', () => {
		expect(resolveLocalized({ nb: 'nb' }, 'ru', order)).toMatchObject({ lang: 'nb', isFallback: true });
	});

	it('follows the market’s configured order, not a hard-coded one', () => {
		expect(resolveLocalized({ zh: 'zh', en: 'en' }, 'ru', ['zh', 'en'])).toMatchObject({ lang: 'zh' });
	});

	it('lists only real translations, in portal order', () => {
		expect(translatedLocales({ ru: 1, zh: 2 })).toEqual(['zh', 'ru']);
	});
});
