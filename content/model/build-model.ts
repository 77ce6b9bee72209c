import type { z } from 'zod';
import { achievementFactsSchema, achievementTextSchema, type AchievementFacts, type AchievementText } from '../schema/achievement.ts';
import { caseFactsSchema, caseTextSchema, type CaseFacts, type CaseText } from '../schema/case.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { LOCALES, isLocale, type Locale } from '../schema/locale.ts';
import { pageTextSchema } from '../schema/page.ts';
import { ContentError, issuesFromZod, type ContentIssue } from './content-error.ts';

/** A Markdown file as an adapter read it; `ref` carries whatever the adapter needs later (an Astro entry, say). */
export interface RawEntry<Ref = undefined> {
	/** Path inside the content folder, with forward slashes: `achievements/to-0007/en.md`. */
	path: string;
	/** Path shown to authors in messages, e.g. `content/achievements/to-0007/en.md`. */
	file: string;
	data: unknown;
	body: string;
	ref: Ref;
}

export interface LocalizedText<Text, Ref = undefined> {
	locale: Locale;
	data: Text;
	body: string;
	file: string;
	ref: Ref;
}

export type Texts<Text, Ref> = Partial<Record<Locale, LocalizedText<Text, Ref>>>;

export interface Item<Facts, Text, Ref = undefined> {
	id: string;
	facts: Facts;
	file: string;
	texts: Texts<Text, Ref>;
}

export type Achievement<Ref = undefined> = Item<AchievementFacts, AchievementText, Ref>;
export type Case<Ref = undefined> = Item<CaseFacts, CaseText, Ref>;
export type PageText = z.infer<typeof pageTextSchema>;

export interface ContentModel<Ref = undefined> {
	achievements: Achievement<Ref>[];
	cases: Case<Ref>[];
	/** Standalone pages by name (`about`), each in the languages it is written in. */
	pages: Record<string, Texts<PageText, Ref>>;
}

interface ItemKind<Facts, Text> {
	folder: 'achievements' | 'cases';
	facts: z.ZodType<Facts>;
	text: z.ZodType<Text>;
}

const ACHIEVEMENTS: ItemKind<AchievementFacts, AchievementText> = { folder: 'achievements', facts: achievementFactsSchema, text: achievementTextSchema };
const CASES: ItemKind<CaseFacts, CaseText> = { folder: 'cases', facts: caseFactsSchema, text: caseTextSchema };
const LANGUAGE_FILES = LOCALES.map((locale) => `${locale}.md`).join(', ');

/**
 * Validates every file and the links between them, and assembles the content model.
 * Throws a ContentError listing every problem; returns only a model that is entirely valid.
 */
export function buildContentModel<Ref>(entries: readonly RawEntry<Ref>[]): ContentModel<Ref> {
	const issues: ContentIssue[] = [];
	const achievements = collectItems(ACHIEVEMENTS, entries, issues);
	const cases = collectItems(CASES, entries, issues);
	const pages = collectPages(entries, issues);

	// Folders with an index.md count as existing even when their facts are invalid (reported above).
	const achievementIds = new Set(entries.flatMap((entry) => /^achievements\/([^/]+)\/index\.md$/.exec(entry.path)?.[1] ?? []));
	for (const item of cases) {
		item.facts.achievements.forEach((id, index) => {
			if (!achievementIds.has(id)) {
				issues.push({ file: item.file, field: `achievements.${index}`, problem: `"${id}" is not an achievement: there is no folder content/achievements/${id}/` });
			}
		});
	}
	if (issues.length) throw new ContentError(issues);
	return {
		achievements: achievements.sort(byId),
		cases: cases.sort(byId),
		pages,
	};
}

function byId(a: { id: string }, b: { id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function collectItems<Facts extends { sourceLocale: Locale }, Text, Ref>(
	kind: ItemKind<Facts, Text>,
	entries: readonly RawEntry<Ref>[],
	issues: ContentIssue[],
): Item<Facts, Text, Ref>[] {
	const items = new Map<string, Item<Facts, Text, Ref>>();
	const texts: { id: string; text: LocalizedText<Text, Ref> }[] = [];
	const prefix = `${kind.folder}/`;

	for (const entry of entries) {
		if (!entry.path.startsWith(prefix)) continue;
		const parts = entry.path.slice(prefix.length).split('/');
		if (parts.length !== 2) {
			issues.push({ file: entry.file, field: '', problem: `is not in an item folder; put it in ${prefix}<id>/` });
			continue;
		}
		const [id, name] = parts as [string, string];
		if (!ID_PATTERN.test(id)) {
			issues.push({ file: entry.file, field: '', problem: `the folder name "${id}" is not a valid id; use lower-case ASCII letters, digits and single hyphens, e.g. "to-0007"` });
			continue;
		}
		if (name === 'index.md') {
			const parsed = kind.facts.safeParse(entry.data);
			if (!parsed.success) issues.push(...issuesFromZod(entry.file, parsed.error));
			else items.set(id, { id, facts: parsed.data, file: entry.file, texts: {} });
			continue;
		}
		const locale = name.replace(/\.md$/, '');
		if (!isLocale(locale)) {
			issues.push({ file: entry.file, field: '', problem: `"${name}" is not a language file; allowed names: index.md, ${LANGUAGE_FILES}` });
			continue;
		}
		const parsed = kind.text.safeParse(entry.data);
		if (!parsed.success) issues.push(...issuesFromZod(entry.file, parsed.error));
		else texts.push({ id, text: { locale, data: parsed.data, body: entry.body, file: entry.file, ref: entry.ref } });
	}

	const withoutFacts = new Set<string>();
	for (const { id, text } of texts) {
		const item = items.get(id);
		if (item) item.texts[text.locale] = text;
		else withoutFacts.add(id);
	}
	for (const id of withoutFacts) {
		if (!entries.some((entry) => entry.path === `${prefix}${id}/index.md`)) {
			issues.push({ file: `content/${prefix}${id}/`, field: '', problem: 'has language files but no index.md with the facts' });
		}
	}
	for (const item of items.values()) {
		if (!item.texts[item.facts.sourceLocale]) {
			issues.push({
				file: item.file,
				field: 'sourceLocale',
				problem: `is "${item.facts.sourceLocale}" but ${item.facts.sourceLocale}.md is missing from the folder; the source-language file must exist`,
			});
		}
	}
	return [...items.values()];
}

function collectPages<Ref>(entries: readonly RawEntry<Ref>[], issues: ContentIssue[]): Record<string, Texts<PageText, Ref>> {
	const pages: Record<string, Texts<PageText, Ref>> = {};
	for (const entry of entries) {
		const match = /^pages\/([^/]+)\/([^/]+)\.md$/.exec(entry.path);
		if (!match) continue;
		const [, name, locale] = match as unknown as [string, string, string];
		if (!isLocale(locale)) {
			issues.push({ file: entry.file, field: '', problem: `"${locale}.md" is not a language file; allowed names: ${LANGUAGE_FILES}` });
			continue;
		}
		const parsed = pageTextSchema.safeParse(entry.data);
		if (!parsed.success) {
			issues.push(...issuesFromZod(entry.file, parsed.error));
			continue;
		}
		(pages[name] ??= {})[locale] = { locale, data: parsed.data, body: entry.body, file: entry.file, ref: entry.ref };
	}
	return pages;
}
