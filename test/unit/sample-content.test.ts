import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../content/core/model/content-error.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';

// Only what the market promises of the sample content: staff may translate or replace any item
// without a red CI (the behaviour tests run on test/fixtures/content/).
describe('the sample content in content/', () => {
	const { model, warnings } = readContent('content');

	it('is valid and publishes without warnings', () => {
		expect(warnings.map(formatIssue)).toEqual([]);
	});

	it('holds at least 24 offers and 6 cases', () => {
		expect(model.achievements.length).toBeGreaterThanOrEqual(24);
		expect(model.cases.length).toBeGreaterThanOrEqual(6);
	});

	it('is present in all four languages, the about page included', () => {
		for (const locale of LOCALES) {
			expect(model.achievements.some((item) => item.texts[locale]), `an offer in ${locale}`).toBe(true);
			expect(model.cases.some((item) => item.texts[locale]), `a case in ${locale}`).toBe(true);
			expect(model.pages.about?.[locale], `about in ${locale}`).toBeDefined();
		}
	});
});
