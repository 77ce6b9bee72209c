// The benchmark's baseline: the same corpus through one layout-less Astro template, nothing else.
import { defineConfig } from 'astro/config';

export default defineConfig({
	srcDir: './src',
	// Same cache handling as the real site, so cold and warm builds compare like with like.
	cacheDir: process.env.SRE_CACHE_DIR,
	trailingSlash: 'always',
	// Astro's default of one page at a time, unless the benchmark asks for the real site's setting.
	build: { format: 'directory', concurrency: Number(process.env.SRE_BARE_CONCURRENCY ?? 1) },
	markdown: { syntaxHighlight: false },
});
