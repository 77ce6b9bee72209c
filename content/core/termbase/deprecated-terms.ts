import { readFileSync } from 'node:fs';
import { KIND_NAMES } from '../kinds/index.ts';
import { message } from '../messages/message.ts';
import { itemsOf, type ContentModel } from '../model/build-model.ts';
import type { ContentIssue } from '../model/content-error.ts';
import type { LocalizedText } from '../model/item.ts';
import type { Locale } from '../schema/locales.ts';
import type { Termbase } from './read-termbase.ts';

/**
 * Warnings for texts that use a word the termbase marks as deprecated in their language, each
 * with the file, the line and the preferred term, so translators keep one terminology.
 */
export function findDeprecatedTerms(model: ContentModel, termbase: Termbase): ContentIssue[] {
	const warnings: ContentIssue[] = [];
	const texts: LocalizedText<Record<string, unknown>>[] = [
		...KIND_NAMES.flatMap((name) => itemsOf(model, name).flatMap((item) => Object.values(item.texts) as LocalizedText<Record<string, unknown>>[])),
		...Object.values(model.pages).flatMap((texts) => Object.values(texts) as LocalizedText<Record<string, unknown>>[]),
	];
	for (const text of texts) {
		const words = [...Object.values(text.data).filter((value): value is string => typeof value === 'string'), text.body].join('\n');
		const found = termbase.index.find(words, text.locale).filter((match) => match.deprecated);
		if (found.length === 0) continue;
		let source: string | undefined;
		for (const match of found) {
			const used = words.slice(match.start, match.end);
			source ??= readFileSync(text.file, 'utf8');
			const at = source.indexOf(used);
			const preferred = termbase.byId.get(match.conceptId)![text.locale as Locale].term;
			warnings.push({
				file: text.file,
				field: '',
				...(at >= 0 ? { line: source.slice(0, at).split('\n').length } : {}),
				problem: message('termbase.deprecated', { used, preferred, concept: match.conceptId }),
			});
		}
	}
	return warnings;
}
