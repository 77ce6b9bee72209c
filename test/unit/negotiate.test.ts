import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../site/i18n/negotiate.ts';

describe('language negotiation at /', () => {
	it('sends a Russian browser to Russian', () => expect(negotiateLocale(['ru-RU', 'ru', 'en'], null, 'en')).toBe('ru'));
	it('maps regional Chinese tags to zh', () => expect(negotiateLocale(['zh-CN'], null, 'en')).toBe('zh'));
	it('treats Norwegian "no" and "nn" as Bokmål', () => {
		expect(negotiateLocale(['no'], null, 'en')).toBe('nb');
		expect(negotiateLocale(['nn-NO'], null, 'en')).toBe('nb');
	});
	it('takes the first supported language in the visitor’s order', () => expect(negotiateLocale(['de', 'nb', 'en'], null, 'en')).toBe('nb'));
	it('sends an unsupported language to the market’s default', () => expect(negotiateLocale(['de-DE', 'fr'], null, 'en')).toBe('en'));
	it('prefers an exact match over a neighbouring language', () => expect(negotiateLocale(['kk', 'en'], null, 'zh')).toBe('en'));
	it('sends a Kazakh-only browser to Russian rather than the default', () => expect(negotiateLocale(['kk-KZ'], null, 'en')).toBe('ru'));
	it('lets an explicit earlier choice win over the browser', () => expect(negotiateLocale(['ru'], 'zh', 'en')).toBe('zh'));
	it('ignores a stored value that is not a portal language', () => expect(negotiateLocale(['ru'], 'xx', 'en')).toBe('ru'));
});
