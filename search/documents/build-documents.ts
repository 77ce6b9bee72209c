import { SEARCHED_KIND_NAMES, kindOf } from '../../content/core/kinds/index.ts';
import type { ContentModel } from '../../content/core/model/build-model.ts';
import { listedItemsOf, publicationDay, publicationOf } from '../../content/core/model/publication.ts';
import { fallbackChain, pickFrom, translatedLocales } from '../../content/core/model/resolve-text.ts';
import { LOCALES, type Locale } from '../../content/core/schema/locales.ts';
import type { Termbase } from '../../content/core/termbase/read-termbase.ts';
import type { ConceptCache } from './concept-cache.ts';
import { itemPath } from '../../content/core/urls/paths.ts';
import { markdownToText } from './markdown-text.ts';
import type { SearchDocument } from './search-document.ts';

/** Tokens in Latin letters with a digit or a capital inside (LNG, AUV, PM2.5, ISO 9001, CN202110345678.9) in any text. */
const SHARED_TOKEN = /\b(?=[A-Za-z0-9.\-]*[A-Z0-9])[A-Za-z][A-Za-z0-9.\-]*[A-Z0-9][A-Za-z0-9.\-]*\b|\b\d+(?:[.,]\d+)*\b/g;

export interface DocumentOptions {
	/** The market's fallback order, for proper names and the text shown for an untranslated item. */
	fallbackLocales: readonly Locale[];
	/** The termbase whose concepts make items findable across languages; without it, no equivalents. */
	termbase?: Termbase;
	/** The publication day: drafts, archived and expired items are not searchable (default publicationDay()). */
	day?: Date;
	/** The concepts found in texts by an earlier build (concept-cache.ts): only new or changed texts are matched. */
	conceptCache?: ConceptCache;
}

/**
 * The search model: for every item, one document per real translation, and one index-only
 * document per language it has no text in (found there by its facts in that language and the
 * termbase's equivalents of the concepts its texts contain; shown with its fallback text).
 */
export function buildSearchDocuments(model: ContentModel, options: DocumentOptions): SearchDocument[] {
	return [...stageSearchDocuments(model, options).complete(options)].flat();
}

/** The search documents in two steps (stageSearchDocuments). */
export interface StagedDocuments {
	/**
	 * Every real translation's document, complete but for `terms` and `concepts`: all a Pagefind
	 * record is made of, so indexing can start before the termbase has been read and matched.
	 */
	readonly translations: readonly SearchDocument[];
	/**
	 * The same documents item by item, made as they are asked for (those `translations` has not
	 * made yet): a caller can hand each item's to an indexer and let its event loop run between items.
	 */
	stage(): Generator<SearchDocument[]>;
	/**
	 * Finds the termbase's concepts in the texts, fills in the translations' `terms` and
	 * `concepts` (the same objects) and yields each item's documents, index-only ones included, in
	 * the order buildSearchDocuments returns them: a caller can let its event loop run between items.
	 */
	complete(options: CompleteOptions): Generator<SearchDocument[]>;
}

export interface CompleteOptions extends Pick<DocumentOptions, 'termbase' | 'conceptCache'> {
	/**
	 * false: find concepts only in the texts of items that lack a language (their index-only
	 * documents carry the equivalents); the other translations keep `terms` and `concepts` empty.
	 * Enough for Pagefind, whose records carry neither; Meilisearch needs them all (default true).
	 */
	allTerms?: boolean;
}

/**
 * Builds the documents of real translations first and adds what the termbase contributes later
 * (StagedDocuments). The search worker starts Pagefind on the translations while it matches
 * concepts; buildSearchDocuments takes both steps at once.
 */
export function stageSearchDocuments(model: ContentModel, options: Omit<DocumentOptions, 'termbase' | 'conceptCache'>): StagedDocuments {
	const day = options.day ?? publicationDay();
	const chains = Object.fromEntries(LOCALES.map((lang) => [lang, fallbackChain(lang, options.fallbackLocales)])) as Record<Locale, Locale[]>;
	const pending = SEARCHED_KIND_NAMES.flatMap((name) => {
		const kind = kindOf(name);
		return listedItemsOf(model, name)
			.filter((item) => publicationOf(item, day) === 'published')
			.map((item) => ({ item, kind }));
	});
	/** One item's real translations' documents, and what complete() needs of the item. */
	const stageItem = ({ item, kind }: (typeof pending)[number]) => {
		const facts = (lang: Locale) => kind.searchFacts(item, lang, (names) => pickFrom(names, chains[lang], lang)?.value ?? '');
		const real = translatedLocales(item.texts).map((lang) => {
			const text = kind.searchText(item.texts[lang]!.data);
			const visible = [text.title, ...text.text, markdownToText(item.texts[lang]!.body)].filter(Boolean).join('\n');
			const { text: factText, ...facets } = facts(lang);
			const document: SearchDocument = {
				id: `${kind.name}:${item.id}:${lang}`,
				kind: kind.name,
				itemId: item.id,
				lang,
				textLang: lang,
				indexOnly: false,
				url: itemPath(kind.folder, lang, item.id),
				title: text.title,
				summary: text.summary,
				content: [visible, ...factText].join('\n'),
				terms: {},
				concepts: [],
				...facets,
			};
			return { lang, visible, document };
		});
		return { item, kind, facts, real };
	};
	const staged: ReturnType<typeof stageItem>[] = [];
	function* stage(): Generator<SearchDocument[]> {
		while (staged.length < pending.length) {
			const entry = stageItem(pending[staged.length]!);
			staged.push(entry);
			yield entry.real.map((real) => real.document);
		}
	}
	const stageAll = () => {
		for (const _ of stage());
	};
	return {
		get translations() {
			stageAll();
			return staged.flatMap((entry) => entry.real.map((real) => real.document));
		},
		stage,
		*complete({ termbase, conceptCache, allTerms = true }) {
			stageAll();
			const formsOf = (ids: readonly string[], lang: Locale) => {
				const forms = new Set<string>();
				for (const id of ids) {
					const concept = termbase?.byId.get(id);
					if (!concept) continue;
					forms.add(concept[lang].term);
					for (const variant of concept[lang].variants) forms.add(variant);
				}
				return [...forms];
			};
			for (const { item, kind, facts, real } of staged) {
				const untranslated = LOCALES.filter((code) => !item.texts[code]);
				if (!allTerms && untranslated.length === 0) {
					yield real.map((entry) => entry.document);
					continue;
				}
				const found = real.map(({ lang, visible, document }) => {
					const find = () => [...new Set((termbase?.index.find(visible, lang) ?? []).map((match) => match.conceptId))];
					// Equivalents in the order the concepts were found; the concept ids sorted.
					const concepts = [...(termbase && conceptCache ? conceptCache.conceptsOf(lang, visible, find) : find())];
					document.terms = Object.fromEntries(LOCALES.filter((other) => other !== lang).map((other) => [other, formsOf(concepts, other)]));
					document.concepts = concepts.sort();
					return concepts;
				});
				const itemConcepts = [...new Set(found.flat())].sort();
				const documents = real.map((entry) => entry.document);
				for (const lang of untranslated) {
					const shown = pickFrom(item.texts, chains[lang], lang)!;
					const text = kind.searchText(shown.value.data);
					const { text: factText, ...facets } = facts(lang);
					// Latin-script names, acronyms, model and standard numbers read the same in every language (LNG, AUV, ISO 9001).
					const shared = [...new Set(real.flatMap((entry) => entry.visible.match(SHARED_TOKEN) ?? []))];
					documents.push({
						id: `${kind.name}:${item.id}:${lang}`,
						kind: kind.name,
						itemId: item.id,
						lang,
						textLang: shown.lang,
						indexOnly: true,
						url: itemPath(kind.folder, lang, item.id),
						title: text.title,
						summary: text.summary,
						content: [...factText, ...formsOf(itemConcepts, lang), ...(lang === 'zh' ? [] : shared)].join('\n'),
						terms: {},
						concepts: itemConcepts,
						...facets,
					});
				}
				yield documents;
			}
		},
	};
}
