import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../support/built-site.ts';

const dist = inject('distDir');

/** A built module and every module it imports statically, once each. */
function moduleGraph(file: string, seen = new Set<string>()): string[] {
	if (seen.has(file)) return [];
	seen.add(file);
	const code = readFileSync(join(dist, file), 'utf8');
	const imports = [...code.matchAll(/(?:import|from)\s*["'`](\.\/[^"'`]+)["'`]/g)].map((match) => join('_astro', match[1]!));
	return [file, ...imports.flatMap((next) => moduleGraph(next, seen))];
}

describe('the shortlist button’s script on content pages', () => {
	const scripts = page(dist, '/en/achievements/fx-0001/').querySelectorAll('script[src]').map((script) => script.getAttribute('src')!);
	const toggle = scripts.find((src) => src.includes('ShortlistToggle'));

	it('is a deferred module, not a blocking script', () => {
		expect(toggle).toBeDefined();
		const element = page(dist, '/en/achievements/fx-0001/').querySelector(`script[src="${toggle}"]`)!;
		expect(element.getAttribute('type')).toBe('module');
	});

	it('weighs at most 2 KB compressed with everything it imports', () => {
		const files = moduleGraph(toggle!.replace(/^\//, ''));
		const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
		const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
		console.log(`shortlist button script: ${total} B gzip (${sizes.map((entry) => `${entry.file.replace('_astro/', '')} ${entry.gzip} B`).join(', ')})`);
		expect(files.length).toBeGreaterThanOrEqual(1);
		expect(total, sizes.map((entry) => `${entry.file} ${entry.gzip}`).join('\n')).toBeLessThanOrEqual(2048);
	});

	it('renders every button hidden, so nothing dead shows without JavaScript', () => {
		for (const path of ['/en/achievements/fx-0001/', '/zh/achievements/', '/ru/achievements/sector/aquaculture-food/', '/nb/']) {
			const toggles = page(dist, path).querySelectorAll('shortlist-toggle');
			expect(toggles.length, path).toBeGreaterThan(0);
			for (const element of toggles) expect(element.hasAttribute('hidden'), path).toBe(true);
		}
	});

	it('the shortlist page works without the dossier: it explains itself without JavaScript and links to the offers', () => {
		const doc = page(dist, '/ru/shortlist/');
		expect(doc.querySelector('noscript')!.innerHTML).toContain('href="/ru/achievements/"');
		expect(doc.querySelector('shortlist-app [data-app]')!.hasAttribute('hidden')).toBe(true);
		expect(doc.querySelector('shortlist-app')!.getAttribute('data-catalogue')).toBe('/ru/achievements.json');
		expect(doc.querySelector('meta[name=robots]')!.getAttribute('content')).toBe('noindex');
	});
});
