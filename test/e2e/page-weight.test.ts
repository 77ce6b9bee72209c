import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

const origin = inject('origin');
const dist = inject('distDir');
const BUDGET_BYTES = 30 * 1024;
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Loads a page and returns every non-image resource it fetched with its gzip-compressed size. */
async function transferred(path: string): Promise<{ url: string; type: string; gzip: number }[]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const requests: { url: string; type: string }[] = [];
	page.on('requestfinished', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	await context.close();
	return requests
		.filter((request) => request.type !== 'image')
		.map((request) => {
			let file = join(dist, decodeURIComponent(new URL(request.url).pathname));
			if (file.endsWith('/')) file = join(file, 'index.html');
			return { ...request, gzip: gzipSync(readFileSync(file), { level: 9 }).length };
		});
}

describe('page weight', () => {
	it.each(['/ru/achievements/fx-0001/', '/zh/achievements/fx-0006/', '/en/achievements/fx-0002/'])(
		'%s transfers under 30 KB compressed (HTML + CSS + JS) and loads only the language-switcher and shortlist-button scripts',
		async (path) => {
			const resources = await transferred(path);
			const total = resources.reduce((sum, resource) => sum + resource.gzip, 0);
			expect(total, resources.map((resource) => `${resource.url} ${resource.gzip}`).join('\n')).toBeLessThanOrEqual(BUDGET_BYTES);
			const scripts = resources.filter((resource) => resource.type === 'script').map((resource) => new URL(resource.url).pathname);
			// The shortlist button: its module and the storage module it imports (test/build/shortlist-script.test.ts measures them).
			const others = scripts.filter((script) => !/^\/_astro\/(ShortlistToggleScript\.|shortlist-store\.)/.test(script));
			expect(others).toHaveLength(1);
			expect(others[0]).toMatch(/^\/_astro\/LanguageSwitcher\./);
		},
	);

	it('/ (language negotiation) stays tiny: under 3 KB of JavaScript, 12 KB in all', async () => {
		// The shortlist button's scripts on the home page it lands on have their own budget (2 KB, test/build/shortlist-script.test.ts).
		const resources = (await transferred('/')).filter((resource) => !/\/_astro\/(ShortlistToggleScript\.|shortlist-store\.)/.test(resource.url));
		const script = resources.filter((resource) => resource.type === 'script').reduce((sum, resource) => sum + resource.gzip, 0);
		expect(script).toBeGreaterThan(0);
		expect(script).toBeLessThanOrEqual(3 * 1024);
		expect(resources.reduce((sum, resource) => sum + resource.gzip, 0)).toBeLessThanOrEqual(12 * 1024);
	});

	it('the search page loads production React and Pagefind: under 100 KB of compressed JavaScript', async () => {
		const scripts = (await transferred('/en/search/?q=fatigue')).filter((resource) => resource.type === 'script');
		expect(scripts.some((resource) => resource.url.includes('/pagefind/en/pagefind.js'))).toBe(true);
		const total = scripts.reduce((sum, resource) => sum + resource.gzip, 0);
		expect(total, scripts.map((resource) => `${resource.url} ${resource.gzip}`).join('\n')).toBeLessThanOrEqual(100 * 1024);
	});

	it('a host gets the strict policy as an HTTP header too', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const response = await page.goto(`${origin}/en/search/`);
		const csp = response!.headers()['content-security-policy'] ?? '';
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).not.toContain('unsafe-inline');
		await context.close();
	});
});
