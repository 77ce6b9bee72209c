import { getCollection, type CollectionEntry } from 'astro:content';
import { buildContentModel, type ContentModel, type RawEntry } from '../../../content/model/build-model.ts';

export type TextEntry = CollectionEntry<'achievementTexts'> | CollectionEntry<'caseTexts'> | CollectionEntry<'pages'>;
export type SiteContentModel = ContentModel<TextEntry | undefined>;

let model: Promise<SiteContentModel> | undefined;

/** The validated content model, built once per build from the Astro collections. */
export function getContentModel(): Promise<SiteContentModel> {
	return (model ??= loadContentModel());
}

async function loadContentModel(): Promise<SiteContentModel> {
	const [achievements, achievementTexts, cases, caseTexts, pages] = await Promise.all([
		getCollection('achievements'),
		getCollection('achievementTexts'),
		getCollection('cases'),
		getCollection('caseTexts'),
		getCollection('pages'),
	]);
	const entries: RawEntry<TextEntry | undefined>[] = [
		...achievements.map((entry) => raw('achievements', entry, undefined)),
		...cases.map((entry) => raw('cases', entry, undefined)),
		...achievementTexts.map((entry) => raw('achievements', entry, entry)),
		...caseTexts.map((entry) => raw('cases', entry, entry)),
		...pages.map((entry) => raw('pages', entry, entry)),
	];
	return buildContentModel(entries);
}

function raw<Ref>(folder: string, entry: { id: string; data: unknown; body?: string; filePath?: string }, ref: Ref): RawEntry<Ref> {
	const path = entry.id.includes('/') ? `${folder}/${entry.id}.md` : `${folder}/${entry.id}/index.md`;
	return { path, file: entry.filePath ?? `content/${path}`, data: entry.data, body: entry.body ?? '', ref };
}
