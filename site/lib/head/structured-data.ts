import type { Achievement, Case } from '../../../content/model/build-model.ts';
import type { Locale } from '../../../content/schema/locale.ts';
import { labelOf } from '../../../content/vocabularies/index.ts';
import { absoluteUrl, paths } from '../../i18n/paths.ts';

interface Shown {
	locale: Locale;
	/** The language the shown text is in. */
	lang: Locale;
	title: string;
	summary: string;
	siteUrl: string;
	ownerName: string;
}

/** schema.org data for a technology offer page, in the language the page shows it. */
export function achievementJsonLd(item: Achievement<unknown>, shown: Shown): Record<string, unknown> {
	const { facts } = item;
	return {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		additionalType: 'https://schema.org/Offer',
		identifier: item.id,
		name: shown.title,
		description: shown.summary,
		inLanguage: shown.lang,
		url: absoluteUrl(paths.achievement(shown.locale, item.id), shown.siteUrl),
		datePublished: facts.published.toISOString().slice(0, 10),
		...(facts.expires ? { expires: facts.expires.toISOString().slice(0, 10) } : {}),
		about: labelOf('sector', facts.sector, shown.locale),
		keywords: facts.cooperationModes.map((mode) => labelOf('cooperationMode', mode, shown.locale)).join(', '),
		creator: { '@type': 'Organization', name: shown.ownerName, address: { '@type': 'PostalAddress', addressCountry: facts.owner.country } },
	};
}

/** schema.org data for a cooperation case page. */
export function caseJsonLd(item: Case<unknown>, shown: Omit<Shown, 'ownerName'>): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		identifier: item.id,
		headline: shown.title,
		description: shown.summary,
		inLanguage: shown.lang,
		url: absoluteUrl(paths.case(shown.locale, item.id), shown.siteUrl),
		datePublished: String(item.facts.year),
	};
}
