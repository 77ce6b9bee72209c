// The benchmark's baseline: the same corpus through one layout-less Astro template, nothing else.
import { defineConfig } from 'astro/config';

export default defineConfig({
	srcDir: './src',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: { syntaxHighlight: false },
});
