import { describe, expect, it } from 'vitest';
import { buildCatalogue, catalogueItems } from '../../content/core/catalogue/build-catalogue.ts';
import { catalogueSchema } from '../../content/core/catalogue/catalogue-schema.ts';
import type { Achievement, ContentModel } from '../../content/core/model/build-model.ts';
import { publicationOf } from '../../content/core/model/publication.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { parseCalendarDate } from '../../content/core/schema/fields.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const { model, market } = readContent(FIXTURE_CONTENT);
const day = parseCalendarDate('2026-06-01')!;
/** The fixture's published offers on that day (fx-0008 is a draft, fx-0009 expired, fx-0010 archived). */
const published = model.achievements.filter((item) => publicationOf(item, day) === 'published');

/** The fixture model with some offers' facts changed (status, expiry). */
function withFacts(changes: Record<string, Partial<Achievement['facts']>>): ContentModel {
	return { ...model, achievements: model.achievements.map((item) => (changes[item.id] ? { ...item, facts: { ...item.facts, ...changes[item.id] } } : item)) };
}

describe('the open catalogue', () => {
	it.each(LOCALES)('%s: validates against its published schema and lists every published offer, newest first', (locale) => {
		const catalogue = catalogueSchema.parse(buildCatalogue(model, market, locale, day));
		expect(catalogue).toMatchObject({ version: 1, generated: '2026-06-01', locale, market: { url: `https://fixture.example.org/${locale}/` } });
		expect(catalogue.offers.map((offer) => offer.id).sort()).toEqual(published.map((item) => item.id).sort());
		expect(published.length).toBeLessThan(model.achievements.length);
		expect(catalogue.offers[0]!.id).toBe('fx-0006');
		const dates = catalogue.offers.map((offer) => offer.published);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('gives the text in the catalogue’s language, or the fallback with its real language', () => {
		const en = buildCatalogue(model, market, 'en', day);
		const chineseOnly = en.offers.find((offer) => offer.id === 'fx-0002')!;
		expect(chineseOnly).toMatchObject({ lang: 'zh', languages: ['zh'], title: model.achievements.find((item) => item.id === 'fx-0002')!.texts.zh!.data.title });
		const ru = buildCatalogue(model, market, 'ru', day);
		expect(ru.offers.find((offer) => offer.id === 'fx-0004')).toMatchObject({ lang: 'en', languages: ['zh', 'en', 'nb'], sourceLocale: 'nb', url: 'https://fixture.example.org/ru/achievements/fx-0004/' });
		expect(ru.offers.find((offer) => offer.id === 'fx-0001')).toMatchObject({ lang: 'ru', owner: { lang: 'en' } });
		expect(ru.offers.find((offer) => offer.id === 'fx-0005')).toMatchObject({ lang: 'ru', owner: { lang: 'ru', country: 'KZ' } });
	});

	it('carries every fact: terms, contact, regions, patents, dates and the vocabularies’ labels', () => {
		const nb = buildCatalogue(model, market, 'nb', day);
		const offer = nb.offers.find((entry) => entry.id === 'fx-0001')!;
		expect(offer).toMatchObject({ trl: 8, ipStatus: 'patent-granted', terms: { min: 800000, max: 2000000, currency: 'CNY' }, contact: 'market', targetRegions: ['143', 'RU'], published: '2025-04-15', expires: '2028-04-14' });
		expect(offer.patents).toHaveLength(2);
		expect(nb.offers.find((entry) => entry.id === 'fx-0003')).toMatchObject({ contact: { email: 'tto@fixture-institute.example' }, targetRegions: [], expires: null });
		expect(nb.vocabularies.sector['clean-energy']).toMatch(/energi/i);
		expect(Object.keys(nb.vocabularies.trl)).toHaveLength(9);
		expect(nb.vocabularies.region).toMatchObject({ '143': 'Sentral-Asia', CN: 'Kina', NO: 'Norge' });
	});

	it('leaves out drafts, archived offers and offers past their expiry day', () => {
		const changed = withFacts({ 'fx-0001': { status: 'draft' }, 'fx-0002': { status: 'archived' }, 'fx-0003': { expires: parseCalendarDate('2026-05-31')! }, 'fx-0004': { expires: day } });
		const ids = buildCatalogue(changed, market, 'en', day).offers.map((offer) => offer.id);
		expect(ids).not.toContain('fx-0001');
		expect(ids).not.toContain('fx-0002');
		expect(ids).not.toContain('fx-0003');
		// Shown up to and including its expiry day.
		expect(ids).toContain('fx-0004');
		expect(catalogueItems(changed, day)).toHaveLength(published.length - 3);
	});

	it('rejects a catalogue that breaks the schema (so the build test means something)', () => {
		const catalogue = buildCatalogue(model, market, 'en', day);
		expect(catalogueSchema.safeParse({ ...catalogue, offers: [{ ...catalogue.offers[0]!, sector: 'fishing' }] }).success).toBe(false);
		expect(catalogueSchema.safeParse({ ...catalogue, offers: [{ ...catalogue.offers[0]!, status: 'draft' }] }).success).toBe(false);
		expect(catalogueSchema.safeParse({ ...catalogue, version: 2 }).success).toBe(false);
	});
});
