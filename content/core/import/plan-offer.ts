import { isDeepStrictEqual } from 'node:util';
import { achievementFactsSchema, achievementTextSchema } from '../schema/achievement.ts';
import { LOCALES, type Locale } from '../schema/locales.ts';
import { sourceHash } from '../translation/source-hash.ts';
import type { ExistingFile, ExistingOffer } from './existing.ts';
import type { SuppliedText } from './parse-row.ts';
import { factsFrontmatter, markdownFile, textFrontmatter } from './write-offer.ts';

export type FileState = 'create' | 'update' | 'unchanged';

/** One file of an offer as the import would leave it. */
export interface PlannedFile {
	/** `achievements/to-0042/en.md`. */
	relative: string;
	/** `en.md`. */
	name: string;
	locale?: Locale;
	text: string;
	state: FileState;
	/** Language files: the file line the body starts on (to place reader messages in the body cell). */
	bodyLine?: number;
}

/** A translation the import keeps whose source text it changes. */
export interface TranslationNote {
	id: string;
	/** `en.md`. */
	file: string;
	/** `zh.md`, the source-language file. */
	source: string;
	/** `outdated`: it names the fingerprint of an earlier source; `unverified`: it names none. */
	kind: 'outdated' | 'unverified';
	/** The fingerprint of the new source text, for the translator to write as translatedFrom. */
	hash: string;
}

export interface PlannedOffer {
	id: string;
	existed: boolean;
	files: PlannedFile[];
	/** Language files the row leaves empty and the import leaves as they are. */
	kept: string[];
	notes: TranslationNote[];
	/** What the files say, to check that the reader reads them back so (content/core/import/import-offers.ts). */
	expected: { facts: Record<string, unknown>; texts: Partial<Record<Locale, { data: Record<string, unknown>; body: string }>> };
}

/**
 * The files of one offer after the import: index.md from the row's facts (with the fields the
 * format does not carry kept), a language file for each language the row has text for, and the
 * language files it has none for left as they are. Each file is compared with the one in the
 * content as data (parsed fields and body), so a hand-formatted file that says the same is left alone.
 *
 * Translations carry `translatedFrom`, the fingerprint of the source text they were made from: a
 * translation given in the row gets the fingerprint of the source as the import leaves it; a kept
 * translation keeps its own, and is thereby outdated when the import changes the source.
 */
export function planOffer(id: string, facts: Record<string, unknown>, texts: Partial<Record<Locale, SuppliedText>>, existing: ExistingOffer | undefined): PlannedOffer {
	const folder = `achievements/${id}`;
	const source = facts.sourceLocale as Locale;
	const files: PlannedFile[] = [];
	const kept: string[] = [];
	const notes: TranslationNote[] = [];
	const expected: PlannedOffer['expected'] = { facts: {}, texts: {} };

	// index.md; "published" is the schema's default and is left out, as staff do.
	const written = { ...facts };
	if (written.status === 'published') delete written.status;
	expected.facts = written;
	const indexText = markdownFile(factsFrontmatter(written));
	const before = existing?.index;
	files.push({ relative: `${folder}/index.md`, name: 'index.md', text: indexText, state: stateOf(before, indexText, () => sameFacts(written, before!.parsed()!.data)) });

	// Fingerprints of the source text as it will be and as it was, computed only where a translation needs them.
	const keptTranslations = LOCALES.filter((locale) => locale !== source && !texts[locale] && existing?.texts[locale]);
	const suppliedTranslations = LOCALES.some((locale) => locale !== source && texts[locale]);
	const sourceWords = texts[source] ? wordsOf(texts[source]) : existing?.texts[source] ? parsedWords(existing.texts[source]) : undefined;
	const newHash = sourceWords && (suppliedTranslations || keptTranslations.length) ? sourceHash(sourceWords) : undefined;
	const oldSourceLocale = before?.parsed()?.data.sourceLocale as Locale | undefined;
	const oldSource = oldSourceLocale && keptTranslations.length ? existing?.texts[oldSourceLocale] : undefined;
	const oldWords = oldSource ? parsedWords(oldSource) : undefined;
	const oldHash = oldWords ? sourceHash(oldWords) : undefined;
	const sourceChanged = oldHash !== undefined && newHash !== undefined && oldHash !== newHash;

	for (const locale of LOCALES) {
		const name = `${locale}.md`;
		const supplied = texts[locale];
		const present = existing?.texts[locale];
		if (!supplied) {
			if (!present) continue;
			kept.push(name);
			if (locale !== source && sourceChanged) {
				const translatedFrom = present.parsed()?.data.translatedFrom;
				notes.push({ id, file: name, source: `${source}.md`, kind: typeof translatedFrom === 'string' && translatedFrom ? 'outdated' : 'unverified', hash: newHash! });
			}
			continue;
		}
		const data: Record<string, unknown> = { title: supplied.title, summary: supplied.summary };
		if (locale !== source) data.translatedFrom = newHash;
		let frontmatter = textFrontmatter(data);
		let text = markdownFile(frontmatter, supplied.body);
		// A machine translation given again word for word is still one (checked only when the file is not byte for byte what the row makes).
		if (locale !== source && present && present.text !== text) {
			const previous = present.parsed();
			const previousData = previous ? achievementTextSchema.safeParse(previous.data) : undefined;
			if (previousData?.success && previousData.data.machineTranslated && sameWords(parsedWords(present)!, wordsOf(supplied))) {
				data.machineTranslated = true;
				frontmatter = textFrontmatter(data);
				text = markdownFile(frontmatter, supplied.body);
			}
		}
		expected.texts[locale] = { data, body: supplied.body };
		files.push({
			relative: `${folder}/${name}`,
			name,
			locale,
			text,
			state: stateOf(present, text, () => sameText(data, supplied.body, present!)),
			// "---", the fields, "---", a blank line.
			bodyLine: frontmatter.length + 4,
		});
	}
	return { id, existed: before !== undefined, files, kept, notes, expected };
}

/** New, or the same as the file in the content: byte for byte (a re-import), or else in meaning (a hand-formatted file). */
function stateOf(before: ExistingFile | undefined, text: string, same: () => boolean): FileState {
	if (!before) return 'create';
	return before.text === text || same() ? 'unchanged' : 'update';
}

type Words = { data: Record<string, unknown>; body: string };

/** A text's words as the reader's model holds them, for the fingerprint: the title and summary (trimmed) and the body. */
function wordsOf(text: SuppliedText): Words {
	return { data: { title: text.title, summary: text.summary }, body: text.body };
}

function parsedWords(file: ExistingFile): Words | undefined {
	const parsed = file.parsed();
	if (!parsed) return undefined;
	const checked = achievementTextSchema.safeParse(parsed.data);
	const data = checked.success ? checked.data : parsed.data;
	return { data: { title: data.title, summary: data.summary }, body: parsed.body };
}

function sameWords(a: Words, b: Words): boolean {
	return isDeepStrictEqual(normalise(a.data), normalise(b.data)) && normaliseBody(a.body) === normaliseBody(b.body);
}

export function sameFacts(facts: Record<string, unknown>, existing: Record<string, unknown>): boolean {
	const wanted = achievementFactsSchema.safeParse(facts);
	const present = achievementFactsSchema.safeParse(existing);
	return wanted.success && present.success && isDeepStrictEqual(normalise(wanted.data), normalise(present.data));
}

function sameText(data: Record<string, unknown>, body: string, existing: ExistingFile): boolean {
	const parsed = existing.parsed();
	if (!parsed) return false;
	const wanted = achievementTextSchema.safeParse(data);
	const present = achievementTextSchema.safeParse(parsed.data);
	return wanted.success && present.success && isDeepStrictEqual(normalise(wanted.data), normalise(present.data)) && normaliseBody(body) === normaliseBody(parsed.body);
}

/** Data compared as meaning: dates as days, text in one Unicode form, absent and undefined alike. */
export function normalise(value: unknown): unknown {
	if (value instanceof Date) return `date:${value.toISOString()}`;
	if (typeof value === 'string') return value.normalize('NFC');
	if (Array.isArray(value)) return value.map(normalise);
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, item]) => item !== undefined)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([key, item]) => [key, normalise(item)]),
		);
	}
	return value;
}

function normaliseBody(body: string): string {
	return body.replace(/\r\n?/g, '\n').normalize('NFC').trim();
}
