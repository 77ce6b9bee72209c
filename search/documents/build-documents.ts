import type { LocalizedName } from '../../content/schema/fields.ts';
import type { Achievement, Case, ContentModel } from '../../content/model/build-model.ts';
import { translatedLocales } from '../../content/model/resolve-text.ts';
import type { Locale } from '../../content/schema/locale.ts';
import { labelOf } from '../../content/vocabularies/index.ts';
import { markdownToText } from './markdown-text.ts';
import type { SearchDocument } from './search-document.ts';

/** Every real translation of every achievement and case, as search documents. */
export function buildSearchDocuments(model: ContentModel<unknown>): SearchDocument[] {
	return [...model.achievements.flatMap(achievementDocuments), ...model.cases.flatMap(caseDocuments)];
}

function achievementDocuments(item: Achievement<unknown>): SearchDocument[] {
	const { facts } = item;
	return translatedLocales(item.texts).map((lang) => {
		const text = item.texts[lang]!;
		const vocabulary = [
			labelOf('sector', facts.sector, lang),
			labelOf('ipStatus', facts.ipStatus, lang),
			`TRL ${facts.trl} ${labelOf('trl', facts.trl, lang)}`,
			...facts.cooperationModes.map((mode) => labelOf('cooperationMode', mode, lang)),
			nameFor(facts.owner.name, lang),
			...(facts.patents ?? []),
		];
		return {
			id: `achievement:${item.id}:${lang}`,
			kind: 'achievement',
			itemId: item.id,
			lang,
			url: `/${lang}/achievements/${item.id}/`,
			title: text.data.title,
			summary: text.data.summary,
			content: [item.id, text.data.title, text.data.summary, markdownToText(text.body), ...vocabulary].filter(Boolean).join('\n'),
			sector: facts.sector,
			modes: [...facts.cooperationModes],
			trl: facts.trl,
			country: facts.owner.country,
			date: facts.published.toISOString().slice(0, 10),
		} satisfies SearchDocument;
	});
}

function caseDocuments(item: Case<unknown>): SearchDocument[] {
	const { facts } = item;
	return translatedLocales(item.texts).map((lang) => {
		const text = item.texts[lang]!;
		const parties = facts.parties.map((party) => nameFor(party.name, lang));
		return {
			id: `case:${item.id}:${lang}`,
			kind: 'case',
			itemId: item.id,
			lang,
			url: `/${lang}/cases/${item.id}/`,
			title: text.data.title,
			summary: text.data.outcome,
			content: [text.data.title, text.data.summary, text.data.outcome, markdownToText(text.body), labelOf('cooperationMode', facts.mode, lang), ...parties].join('\n'),
			modes: [facts.mode],
			date: `${facts.year}-12-31`,
		} satisfies SearchDocument;
	});
}

/** A proper name in this language if given, else the name as written in the source. */
function nameFor(names: LocalizedName, lang: Locale): string {
	return names[lang] ?? names.en ?? names.zh ?? Object.values(names)[0] ?? '';
}
