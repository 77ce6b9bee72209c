import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { achievementFactsSchema, achievementTextSchema } from '../content/schema/achievement.ts';
import { caseFactsSchema, caseTextSchema } from '../content/schema/case.ts';
import { pageTextSchema } from '../content/schema/page.ts';

// The content folder can be swapped for fixtures and benchmark corpora.
const base = process.env.SRE_CONTENT_DIR ?? './content';
const languageFiles = ['*/*.md', '!*/index.md'];
/** `to-0007/index.md` -> `to-0007`; `to-0007/en.md` -> `to-0007/en`. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\/index\.md$|\.md$/, '');

export const collections = {
	achievements: defineCollection({
		loader: glob({ base: `${base}/achievements`, pattern: '*/index.md', generateId: idFromPath }),
		schema: achievementFactsSchema,
	}),
	achievementTexts: defineCollection({
		loader: glob({ base: `${base}/achievements`, pattern: languageFiles, generateId: idFromPath }),
		schema: achievementTextSchema,
	}),
	cases: defineCollection({
		loader: glob({ base: `${base}/cases`, pattern: '*/index.md', generateId: idFromPath }),
		schema: caseFactsSchema,
	}),
	caseTexts: defineCollection({
		loader: glob({ base: `${base}/cases`, pattern: languageFiles, generateId: idFromPath }),
		schema: caseTextSchema,
	}),
	pages: defineCollection({
		loader: glob({ base: `${base}/pages`, pattern: '*/*.md', generateId: idFromPath }),
		schema: pageTextSchema,
	}),
};
