import { achievementFactsSchema, achievementTextSchema, type AchievementFacts, type AchievementText } from '../schema/achievement.ts';
import { absoluteUrl, itemPath } from '../urls/paths.ts';
import { labelOf } from '../vocabularies/index.ts';
import { newestFirst, type ItemKind } from './item-kind.ts';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Technology offers, the "achievement library": `content/achievements/<id>/`, `/{locale}/achievements/{id}/`. */
export const achievementKind: ItemKind<AchievementFacts, AchievementText> = {
	name: 'achievement',
	folder: 'achievements',
	facts: achievementFactsSchema,
	text: achievementTextSchema,
	compare: newestFirst((item) => item.facts.published.getTime()),
	references: () => [],
	images: (facts) => (facts.images ?? []).map((image, index) => ({ field: `images.${index}.src`, src: image.src })),
	feedDate: (item) => item.facts.published,
	searchText: (text) => ({ title: text.title, summary: text.summary, text: [text.summary] }),
	searchFacts: (item, lang, nameIn) => {
		const { facts } = item;
		return {
			text: [
				item.id,
				labelOf('sector', facts.sector, lang),
				labelOf('ipStatus', facts.ipStatus, lang),
				`TRL ${facts.trl} ${labelOf('trl', facts.trl, lang)}`,
				...facts.cooperationModes.map((mode) => labelOf('cooperationMode', mode, lang)),
				nameIn(facts.owner.name),
				...(facts.patents ?? []),
			],
			sector: facts.sector,
			modes: [...facts.cooperationModes],
			trl: facts.trl,
			ipStatus: facts.ipStatus,
			country: facts.owner.country,
			date: isoDate(facts.published),
		};
	},
	jsonLd: (item, shown) => {
		const { facts } = item;
		return {
			'@context': 'https://schema.org',
			'@type': 'CreativeWork',
			additionalType: 'https://schema.org/Offer',
			identifier: item.id,
			name: shown.title,
			description: shown.summary,
			inLanguage: shown.lang,
			url: absoluteUrl(itemPath('achievements', shown.locale, item.id), shown.siteUrl),
			datePublished: isoDate(facts.published),
			...(facts.expires ? { expires: isoDate(facts.expires) } : {}),
			about: labelOf('sector', facts.sector, shown.locale),
			keywords: facts.cooperationModes.map((mode) => labelOf('cooperationMode', mode, shown.locale)).join(', '),
			creator: { '@type': 'Organization', name: shown.nameIn(facts.owner.name), address: { '@type': 'PostalAddress', addressCountry: facts.owner.country } },
		};
	},
};
