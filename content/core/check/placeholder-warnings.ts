import { KIND_NAMES } from '../kinds/index.ts';
import { itemsOf, type ContentModel } from '../model/build-model.ts';
import { message, type MessageKey } from '../messages/message.ts';
import { isPlaceholder, placeholderParagraphIndex, type PlaceholderKey } from '../messages/placeholders.ts';
import type { LocalizedName } from '../schema/fields.ts';
import type { CheckWarning } from './check-warning.ts';
import { at, type FileLines } from './file-lines.ts';

/** Text fields and the placeholders `npm run new` writes into them (the offer's and the case's). */
const TEXT_PLACEHOLDERS: Record<string, { keys: PlaceholderKey[]; what: MessageKey }> = {
	title: { keys: ['placeholder.offerTitle', 'placeholder.caseTitle'], what: 'placeholder.whatTitle' },
	summary: { keys: ['placeholder.summary', 'placeholder.caseSummary'], what: 'placeholder.whatSummary' },
	outcome: { keys: ['placeholder.outcome'], what: 'placeholder.whatOutcome' },
};

/** Warnings for every placeholder of `npm run new` still in an item: titles, summaries, body paragraphs, owner and party names. */
export function findPlaceholders(model: ContentModel, lines: FileLines): CheckWarning[] {
	const warnings: CheckWarning[] = [];
	for (const name of KIND_NAMES) {
		for (const item of itemsOf(model, name)) {
			const facts = item.facts as { owner?: { name: LocalizedName }; parties?: { name: LocalizedName }[] };
			const names: [top: string, field: string, name: LocalizedName, key: PlaceholderKey, what: MessageKey][] = [];
			if (facts.owner) names.push(['owner', 'owner.name', facts.owner.name, 'placeholder.ownerName', 'placeholder.whatOwner']);
			facts.parties?.forEach((party, index) => names.push(['parties', `parties.${index}.name`, party.name, 'placeholder.partyName', 'placeholder.whatParty']));
			const seen = new Map<string, number>();
			for (const [top, field, localized, key, what] of names) {
				for (const [lang, value] of Object.entries(localized)) {
					if (!isPlaceholder(value, key)) continue;
					// The same placeholder is written for every party: the n-th one is on the n-th line holding it.
					const nth = seen.get(value!) ?? 0;
					seen.set(value!, nth + 1);
					const line = lines.valueAfter(item.file, top, value!, nth);
					warnings.push({ code: 'placeholder', file: item.file, field: `${field}.${lang}`, ...at(line), problem: message('warn.placeholder', { what: message(what) }) });
				}
			}
			for (const text of Object.values(item.texts) as { data: Record<string, unknown>; body: string; file: string }[]) {
				for (const [field, { keys, what }] of Object.entries(TEXT_PLACEHOLDERS)) {
					if (isPlaceholder(text.data[field], ...keys)) {
						warnings.push({ code: 'placeholder', file: text.file, field, ...at(lines.field(text.file, field)), problem: message('warn.placeholder', { what: message(what) }) });
					}
				}
				const paragraph = placeholderParagraphIndex(text.body);
				if (paragraph >= 0) {
					const line = lines.line(text.file, text.body.split(/\r?\n/)[paragraph]!.trim());
					warnings.push({ code: 'placeholder', file: text.file, field: '', ...at(line), problem: message('warn.placeholderBody') });
				}
			}
		}
	}
	return warnings;
}
