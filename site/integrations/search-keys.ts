import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Checks the Meilisearch settings of a build (a timeout that is not a number stops it) and keeps
 * Meilisearch keys where they belong: the site may carry only the search-only key. The build
 * stops when the public key is the admin key, and fails if the admin key's value (set for
 * `npm run search:sync` in the same CI job) appears anywhere in `dist/`.
 */
export function searchKeys(): AstroIntegration {
	const url = process.env.PUBLIC_MEILISEARCH_URL;
	const searchKey = process.env.PUBLIC_MEILISEARCH_SEARCH_KEY;
	const adminKey = process.env.MEILISEARCH_ADMIN_KEY;
	return {
		name: 'silk-road/search-keys',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				if (url && !searchKey) throw new Error('PUBLIC_MEILISEARCH_URL is set but PUBLIC_MEILISEARCH_SEARCH_KEY is not: create a search-only key with `npm run search:sync -- --create-search-key`');
				const timeout = process.env.PUBLIC_MEILISEARCH_TIMEOUT_MS;
				if (timeout !== undefined && timeout !== '' && !/^[1-9]\d{0,4}$/.test(timeout)) throw new Error(`PUBLIC_MEILISEARCH_TIMEOUT_MS is "${timeout}": write the milliseconds Meilisearch may take before the page uses Pagefind, a whole number such as 800`);
				if (searchKey && adminKey && searchKey === adminKey) {
					logger.error('PUBLIC_MEILISEARCH_SEARCH_KEY is the admin key: every visitor could change or delete the index. Use a search-only key (`npm run search:sync -- --create-search-key`).');
					process.exit(1);
				}
			},
			'astro:build:done': ({ dir }) => {
				if (!adminKey) return;
				const leaks = filesOf(fileURLToPath(dir)).filter((file) => readFileSync(file).includes(adminKey));
				if (leaks.length) throw new Error(`the Meilisearch admin key appears in ${leaks.length} built file(s), e.g. ${leaks[0]}; it must never reach the site`);
			},
		},
	};
}

function filesOf(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesOf(path) : [path];
	});
}
