import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	texts: defineCollection({
		loader: glob({ base: `${process.env.SRE_CONTENT_DIR}/achievements`, pattern: ['*/*.md', '!*/index.md'] }),
	}),
};
