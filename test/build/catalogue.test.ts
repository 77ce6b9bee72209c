import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { catalogueSchema } from '../../content/core/catalogue/catalogue-schema.ts';
import { publicationOf } from '../../content/core/model/publication.ts';
import { fallbackChain } from '../../content/core/model/resolve-text.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { parseCalendarDate } from '../../content/core/schema/fields.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// The suite builds test/fixtures/content/; which offers are drafts or archived is read from the model, not listed here.
const dist = inject('distDir');
const { model, market } = readContent(FIXTURE_CONTENT);

const read = (locale: string) => JSON.parse(readFileSync(join(dist, locale, 'achievements.json'), 'utf8')) as unknown;

describe('the open catalogue as built', () => {
	it.each(LOCALES)('/%s/achievements.json validates against the catalogue schema', (locale) => {
		const result = catalogueSchema.safeParse(read(locale));
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data!.locale).toBe(locale);
	});

	it.each(LOCALES)('/%s/achievements.json lists exactly the published, listed offers of its day: no drafts, archived or expired', (locale) => {
		const catalogue = catalogueSchema.parse(read(locale));
		const day = parseCalendarDate(catalogue.generated)!;
		const expected = model.achievements.filter((item) => publicationOf(item, day) === 'published').map((item) => item.id);
		expect(catalogue.offers.map((offer) => offer.id).sort()).toEqual(expected.sort());
		for (const offer of catalogue.offers) {
			const item = model.achievements.find((entry) => entry.id === offer.id)!;
			expect(item.facts.status ?? 'published', offer.id).toBe('published');
		}
		const hidden = model.achievements.filter((item) => publicationOf(item, day) !== 'published').map((item) => item.id);
		for (const id of hidden) expect(catalogue.offers.some((offer) => offer.id === id), id).toBe(false);
	});

	it.each(LOCALES)('/%s/achievements.json gives each offer’s text along the market’s fallback order, with its language and page', (locale) => {
		const catalogue = catalogueSchema.parse(read(locale));
		const chain = fallbackChain(locale, market.fallbackLocales);
		for (const offer of catalogue.offers) {
			const item = model.achievements.find((entry) => entry.id === offer.id)!;
			const lang = chain.find((code) => item.texts[code])!;
			expect(offer.lang, offer.id).toBe(lang);
			expect(offer.title).toBe(item.texts[lang]!.data.title);
			expect(offer.url).toBe(`${market.siteUrl.replace(/\/$/, '')}/${locale}/achievements/${offer.id}/`);
			expect(existsSync(join(dist, locale, 'achievements', offer.id, 'index.html'))).toBe(true);
		}
	});
});
