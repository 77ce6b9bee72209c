// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentDir } from './content/core/read/display-path.ts';
import { readMarketFile } from './content/core/read/read-market.ts';
import { sanitizedMarkdown } from './content/core/safety/sanitize-html.ts';
import { RENDER_CONCURRENCY } from './site/build-settings.ts';
import { contentCheck } from './site/integrations/content-check.ts';
import { contentMedia } from './site/integrations/content-media.ts';
import { templatedPages } from './site/integrations/templated-pages.ts';
import { searchKeys } from './site/integrations/search-keys.ts';
import { securityHeaders } from './site/integrations/security-headers.ts';
import { sharedContent } from './site/lib/content/shared-content.ts';
import { pagefindBundles } from './search/pagefind/astro-integration.ts';

// A broken market.yaml is reported by the content check with every other problem, not as a stack trace here.
const market = readMarketFile(contentDir());
// The search worker indexes the same read of the content as the pages and the content check.
const search = pagefindBundles(() => sharedContent(contentDir()));
// A site built for Meilisearch may connect to that server, and nowhere else.
const meilisearchOrigin = process.env.PUBLIC_MEILISEARCH_URL ? new URL(process.env.PUBLIC_MEILISEARCH_URL).origin : undefined;

export default defineConfig({
	site: 'market' in market ? market.market.siteUrl : undefined,
	srcDir: './site',
	publicDir: './site/public',
	// Astro's content store and the search bundles of unchanged languages are kept here between
	// builds (default node_modules/.astro); point it at a folder your CI caches to keep rebuilds fast.
	cacheDir: process.env.SRE_CACHE_DIR,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Inline the one small stylesheet (about 2 KB compressed): one round trip less before first paint.
		inlineStylesheets: 'always',
		// Render the next pages while earlier ones are written (see site/build-settings.ts).
		concurrency: RENDER_CONCURRENCY,
	},
	// Search indexing comes first: its worker indexes while the content check runs and Astro renders.
	// Its bundles are published last: build:done hooks run one after the other, the others meanwhile.
	integrations: [searchKeys(), search.indexing, contentCheck(), contentMedia(), react(), securityHeaders(), templatedPages(), search.publishing],
	security: {
		csp: {
			// Pagefind runs its search index as WebAssembly loaded from /pagefind/.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
				...(meilisearchOrigin ? [/** @type {const} */ (`connect-src 'self' ${meilisearchOrigin}`)] : []),
			],
		},
	},
	markdown: {
		// Staff paste from Word and other sites: whatever raw HTML the content check missed is removed here.
		processor: sanitizedMarkdown(satteri()),
		// Shiki highlights with inline styles, which the Content-Security-Policy forbids; offers have no code.
		syntaxHighlight: false,
	},
	vite: {
		// Chinese and Cyrillic use system fonts; nothing is fetched from a CDN.
		build: { assetsInlineLimit: 0 },
	},
});
