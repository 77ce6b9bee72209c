import { KIND_NAMES, kindOf, type AnyItem, type ItemOf, type KindName } from '../kinds/index.ts';
import { message } from '../messages/message.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { LOCALES, isLocale } from '../schema/locales.ts';
import { pageTextSchema } from '../schema/page.ts';
import type { z } from 'zod';
import { ContentError, issuesFromZod, type ContentIssue } from './content-error.ts';
import { findDuplicatePatents } from './duplicate-patents.ts';
import type { Item, LocalizedText, Texts } from './item.ts';

/** A Markdown file as the reader parsed it. */
export interface RawEntry {
	/** Path inside the content folder, with forward slashes: `achievements/to-0007/en.md`. */
	path: string;
	/** Path shown to authors in messages, e.g. `content/achievements/to-0007/en.md`. */
	file: string;
	data: unknown;
	body: string;
	/** The line of each top-level frontmatter field, for messages. */
	fieldLines?: ReadonlyMap<string, number>;
}

export type PageText = z.infer<typeof pageTextSchema>;

/** The whole validated content: every kind's items by folder, and the standalone pages. */
export type ContentModel = { [K in KindName]: ItemOf<K>[] } & {
	/** Standalone pages by name (`about`), each in the languages it is written in. */
	pages: Record<string, Texts<PageText>>;
};

const LANGUAGE_FILES = LOCALES.map((locale) => `${locale}.md`).join(', ');

/**
 * Validates every file and the links between them, and assembles the content model.
 * Throws a ContentError listing every problem; returns only a model that is entirely valid.
 * `known` lists files that exist but could not be parsed (reported already), so that they
 * cause no follow-on problems here.
 */
export function buildContentModel(entries: readonly RawEntry[], known: ReadonlySet<string> = new Set()): ContentModel {
	const issues: ContentIssue[] = [];
	// Every file that exists, parsed or not (one set: items look their files up in it, not in the whole list).
	const paths = new Set([...entries.map((entry) => entry.path), ...known]);
	const model = { pages: collectPages(entries, issues) } as ContentModel;
	for (const name of KIND_NAMES) (model as Record<string, unknown>)[name] = collectItems(name, entries, paths, issues);

	// Folders with an index.md count as existing even when their facts are invalid (reported already).
	const existing = new Map<string, Set<string>>();
	const idsIn = (folder: string) => existing.get(folder) ?? existing.set(folder, idsWithFacts(paths, folder)).get(folder)!;
	for (const name of KIND_NAMES) {
		const kind = kindOf(name);
		for (const item of itemsOf(model, name)) {
			for (const reference of kind.references(item.facts)) {
				const targets = idsIn(reference.folder);
				reference.ids.forEach((id, index) => {
					if (!targets.has(id)) issues.push({ file: item.file, field: `${reference.field}.${index}`, problem: message('model.unknownReference', { id, folder: reference.folder }) });
				});
			}
		}
	}
	const fieldLines = new Map(entries.map((entry) => [entry.file, entry.fieldLines]));
	issues.push(...findDuplicatePatents(model.achievements, (file) => fieldLines.get(file)?.get('patents')));
	if (issues.length) throw new ContentError(issues);
	return model;
}

/** The items of one kind, typed loosely for code that handles every kind alike. */
export function itemsOf(model: ContentModel, name: KindName): readonly AnyItem[] {
	return model[name];
}

/** The ids of a kind's folders that hold an index.md. */
function idsWithFacts(paths: ReadonlySet<string>, folder: string): Set<string> {
	const pattern = new RegExp(`^${folder}/([^/]+)/index\\.md$`);
	return new Set([...paths].flatMap((path) => pattern.exec(path)?.[1] ?? []));
}

function byId(a: { id: string }, b: { id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function collectItems(name: KindName, entries: readonly RawEntry[], paths: ReadonlySet<string>, issues: ContentIssue[]): Item<unknown, unknown>[] {
	const kind = kindOf(name);
	const items = new Map<string, Item<{ sourceLocale: string }, unknown>>();
	const texts: { id: string; text: LocalizedText<unknown> }[] = [];
	const prefix = `${kind.folder}/`;

	for (const entry of entries) {
		if (!entry.path.startsWith(prefix)) continue;
		const parts = entry.path.slice(prefix.length).split('/');
		if (parts.length !== 2) {
			issues.push({ file: entry.file, field: '', problem: message('model.notInItemFolder', { folder: kind.folder }) });
			continue;
		}
		const [id, fileName] = parts as [string, string];
		if (!ID_PATTERN.test(id)) {
			issues.push({ file: entry.file, field: '', problem: message('model.badFolderId', { id }) });
			continue;
		}
		if (fileName === 'index.md') {
			const parsed = kind.facts.safeParse(entry.data, { reportInput: true });
			if (!parsed.success) issues.push(...issuesFromZod(entry.file, parsed.error, entry.fieldLines));
			else items.set(id, { id, facts: parsed.data, file: entry.file, texts: {} });
			continue;
		}
		const locale = fileName.replace(/\.md$/, '');
		if (!isLocale(locale)) {
			issues.push({ file: entry.file, field: '', problem: message('model.notLanguageFile', { name: fileName, allowed: `index.md, ${LANGUAGE_FILES}` }) });
			continue;
		}
		const parsed = kind.text.safeParse(entry.data, { reportInput: true });
		if (!parsed.success) issues.push(...issuesFromZod(entry.file, parsed.error, entry.fieldLines));
		else texts.push({ id, text: { locale, data: parsed.data, body: entry.body, file: entry.file } });
	}

	const withFacts = idsWithFacts(paths, kind.folder);
	const reported = new Set<string>();
	for (const { id, text } of texts) {
		const item = items.get(id);
		if (item) item.texts[text.locale] = text;
		else if (!withFacts.has(id) && !reported.has(id)) {
			reported.add(id);
			issues.push({ file: `content/${prefix}${id}/`, field: '', problem: message('model.noFacts') });
		}
	}
	for (const item of items.values()) {
		const source = item.facts.sourceLocale as keyof typeof item.texts;
		// A source file that exists but is invalid was reported already.
		if (!item.texts[source] && !paths.has(`${prefix}${item.id}/${source}.md`)) {
			issues.push({
				file: item.file,
				field: 'sourceLocale',
				problem: message('model.sourceMissing', { source }),
			});
		}
	}
	return [...items.values()].sort(byId);
}

function collectPages(entries: readonly RawEntry[], issues: ContentIssue[]): Record<string, Texts<PageText>> {
	const pages: Record<string, Texts<PageText>> = {};
	for (const entry of entries) {
		if (!entry.path.startsWith('pages/')) continue;
		const match = /^pages\/([^/]+)\/([^/]+)\.md$/.exec(entry.path);
		if (!match) {
			issues.push({ file: entry.file, field: '', problem: message('model.notInPageFolder') });
			continue;
		}
		const [, name, locale] = match as unknown as [string, string, string];
		if (!isLocale(locale)) {
			issues.push({ file: entry.file, field: '', problem: message('model.notLanguageFile', { name: `${locale}.md`, allowed: LANGUAGE_FILES }) });
			continue;
		}
		const parsed = pageTextSchema.safeParse(entry.data, { reportInput: true });
		if (!parsed.success) {
			issues.push(...issuesFromZod(entry.file, parsed.error, entry.fieldLines));
			continue;
		}
		(pages[name] ??= {})[locale] = { locale, data: parsed.data, body: entry.body, file: entry.file };
	}
	return pages;
}

export type { Item, LocalizedText, Texts } from './item.ts';
export type Achievement = ItemOf<'achievements'>;
export type Case = ItemOf<'cases'>;
