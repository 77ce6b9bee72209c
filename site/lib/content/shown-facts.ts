import type { Achievement } from '../../../content/core/model/build-model.ts';
import type { Locale } from '../../../content/core/schema/locales.ts';
import { labelOf } from '../../../content/core/vocabularies/index.ts';
import { formatMoneyRange, regionName, sortByText } from '../../i18n/format.ts';
import type { Localizer } from './localize.ts';

/** An offer's facts worded for one page: the owner's name along the fallback order, modes and regions sorted for the language, the terms. */
export function shownFacts(item: Achievement, locale: Locale, t: (key: 'achievement.negotiable') => string, localize: Localizer) {
	const { facts } = item;
	return {
		owner: localize.name(facts.owner.name),
		modes: sortByText(facts.cooperationModes.map((mode) => labelOf('cooperationMode', mode, locale)), (label) => label, locale),
		regions: sortByText((facts.targetRegions ?? []).map((code) => regionName(code, locale)), (name) => name, locale),
		terms: facts.terms === 'negotiable' ? t('achievement.negotiable') : formatMoneyRange(facts.terms.min, facts.terms.max, facts.terms.currency, locale),
	};
}
