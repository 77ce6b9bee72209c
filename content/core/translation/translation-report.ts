import { KIND_NAMES, kindOf, type KindName } from '../kinds/index.ts';
import { itemsOf, type ContentModel } from '../model/build-model.ts';
import { LOCALES, type Locale } from '../schema/locales.ts';
import { currentSourceHash, translationStatuses, type TranslationState, type TranslationStatus } from './translation-status.ts';

/** One item's row in the translation report. */
export interface TranslationRow {
	kind: KindName;
	id: string;
	sourceLocale: Locale;
	/** The title in the source language. */
	title: string;
	/** The item's source-language file, for staff. */
	file: string;
	/** The fingerprint of the source text as it is now: what an up-to-date translation records as `translatedFrom`. */
	sourceHash?: string;
	statuses: TranslationStatus[];
}

export type TranslationCounts = Record<TranslationState | 'machine', number>;

export interface TranslationReport {
	rows: TranslationRow[];
	/** Per language: how many items are in each state, and how many are machine-translated. */
	totals: Record<Locale, TranslationCounts>;
}

const STATES: readonly (TranslationState | 'machine')[] = ['source', 'current', 'outdated', 'unverified', 'missing', 'machine'];

/** Items × languages: which texts exist and whether each translation matches its source (npm run i18n:status and the staff page). */
export function translationReport(model: ContentModel): TranslationReport {
	const rows: TranslationRow[] = KIND_NAMES.flatMap((kind) =>
		itemsOf(model, kind).map((item) => {
			const sourceLocale = item.facts.sourceLocale as Locale;
			const source = item.texts[sourceLocale];
			return {
				kind,
				id: item.id,
				sourceLocale,
				title: source ? kindOf(kind).searchText(source.data).title : '',
				file: source?.file ?? item.file,
				sourceHash: currentSourceHash(item as never),
				statuses: translationStatuses(item as never),
			};
		}),
	);
	const totals = Object.fromEntries(LOCALES.map((locale) => [locale, Object.fromEntries(STATES.map((state) => [state, 0]))])) as Record<Locale, TranslationCounts>;
	for (const row of rows) {
		for (const status of row.statuses) {
			totals[status.locale][status.state] += 1;
			if (status.machine) totals[status.locale].machine += 1;
		}
	}
	return { rows, totals };
}
