import { caseFactsSchema, caseTextSchema, type CaseFacts, type CaseText } from '../schema/case.ts';
import { absoluteUrl, itemPath } from '../urls/paths.ts';
import { labelOf } from '../vocabularies/index.ts';
import { newestFirst, type ItemKind } from './item-kind.ts';

/** Cooperation cases that came out of the market's matchmaking: `content/cases/<id>/`, `/{locale}/cases/{id}/`. */
export const caseKind: ItemKind<CaseFacts, CaseText> = {
	name: 'case',
	folder: 'cases',
	facts: caseFactsSchema,
	text: caseTextSchema,
	compare: newestFirst((item) => item.facts.year),
	references: (facts) => [{ field: 'achievements', folder: 'achievements', ids: facts.achievements }],
	images: () => [],
	searchText: (text) => ({ title: text.title, summary: text.outcome, text: [text.summary, text.outcome] }),
	searchFacts: (item, lang, nameIn) => ({
		text: [item.id, labelOf('cooperationMode', item.facts.mode, lang), ...item.facts.parties.map((party) => nameIn(party.name))],
		modes: [item.facts.mode],
		date: `${item.facts.year}-12-31`,
	}),
	jsonLd: (item, shown) => ({
		'@context': 'https://schema.org',
		'@type': 'Article',
		identifier: item.id,
		headline: shown.title,
		description: shown.summary,
		inLanguage: shown.lang,
		url: absoluteUrl(itemPath('cases', shown.locale, item.id), shown.siteUrl),
		datePublished: String(item.facts.year),
	}),
};
