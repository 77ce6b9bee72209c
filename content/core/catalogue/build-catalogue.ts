import { KINDS } from '../kinds/index.ts';
import type { Achievement, ContentModel } from '../model/build-model.ts';
import { listedItemsOf, publicationOf } from '../model/publication.ts';
import { fallbackChain, pickFrom, translatedLocales } from '../model/resolve-text.ts';
import type { Market } from '../schema/market.ts';
import type { Locale } from '../schema/locales.ts';
import { absoluteUrl, paths } from '../urls/paths.ts';
import { VOCABULARIES, type VocabularyName } from '../vocabularies/index.ts';
import { CATALOGUE_VERSION, type Catalogue, type CatalogueOffer } from './catalogue-schema.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The offers an open catalogue lists on `day`: listed (not archived), published (no drafts) and not expired, newest first. */
export function catalogueItems(model: ContentModel, day: Date): Achievement[] {
	return (listedItemsOf(model, 'achievements') as Achievement[]).filter((item) => publicationOf(item, day) === 'published').sort(KINDS.achievements.compare);
}

/** One offer as the catalogue of `locale` gives it. */
export function catalogueOffer(item: Achievement, locale: Locale, market: Pick<Market, 'fallbackLocales' | 'siteUrl'>): CatalogueOffer {
	const chain = fallbackChain(locale, market.fallbackLocales);
	const text = pickFrom(item.texts, chain, locale);
	const owner = pickFrom(item.facts.owner.name, chain, locale);
	// The content model guarantees the source-language text and a zh or en name.
	if (!text || !owner) throw new Error(`${item.id} has no text or no owner name`);
	const { facts } = item;
	return {
		id: item.id,
		url: absoluteUrl(paths.achievement(locale, item.id), market.siteUrl),
		lang: text.lang,
		title: text.value.data.title,
		summary: text.value.data.summary,
		languages: translatedLocales(item.texts),
		sourceLocale: facts.sourceLocale,
		sector: facts.sector,
		trl: facts.trl,
		ipStatus: facts.ipStatus,
		patents: [...(facts.patents ?? [])],
		cooperationModes: [...facts.cooperationModes],
		owner: { name: owner.value, lang: owner.lang, names: { ...facts.owner.name }, country: facts.owner.country },
		targetRegions: [...(facts.targetRegions ?? [])],
		terms: facts.terms === 'negotiable' ? 'negotiable' : { min: facts.terms.min, max: facts.terms.max, currency: facts.terms.currency },
		contact: facts.contact === 'market' ? 'market' : { email: facts.contact.email },
		published: isoDay(facts.published),
		expires: facts.expires ? isoDay(facts.expires) : null,
		sample: facts.sample,
	};
}

const labelsOf = (name: VocabularyName, locale: Locale) => Object.fromEntries(Object.entries(VOCABULARIES[name]).map(([code, entry]) => [code, entry[locale]]));

/**
 * The open catalogue of one language: every offer a listing shows on `day`, with its text in
 * that language or along the market's fallback order (`lang` says which), and all its facts.
 */
export function buildCatalogue(model: ContentModel, market: Pick<Market, 'fallbackLocales' | 'siteUrl' | 'name'>, locale: Locale, day: Date): Catalogue {
	const offers = catalogueItems(model, day).map((item) => catalogueOffer(item, locale, market));
	// Browsers' Intl data may lack UN M49 region names ("143" is Central Asia): the catalogue names them.
	const regionNames = new Intl.DisplayNames([locale], { type: 'region' });
	const regions = [...new Set(offers.flatMap((offer) => [offer.owner.country, ...offer.targetRegions]))].sort();
	return {
		version: CATALOGUE_VERSION,
		generated: isoDay(day),
		locale,
		market: { name: market.name[locale], url: absoluteUrl(paths.home(locale), market.siteUrl) },
		vocabularies: {
			sector: labelsOf('sector', locale),
			ipStatus: labelsOf('ipStatus', locale),
			cooperationMode: labelsOf('cooperationMode', locale),
			trl: labelsOf('trl', locale),
			region: Object.fromEntries(regions.map((code) => [code, regionNames.of(code) ?? code])),
		},
		offers,
	};
}
