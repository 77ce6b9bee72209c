import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_KEY } from '../support/global-setup.ts';
import { launchChromium, openPage } from '../support/browser.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';
import { serveStatic } from '../support/static-server.ts';

// The fixture site built with PUBLIC_MEILISEARCH_URL pointing at a stand-in search endpoint
// (test/support/meilisearch-search-standin.ts): no Meilisearch server can be installed here.
const dist = inject('meilisearchDistDir');
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
	browser = await launchChromium();
	({ server, origin } = await serveStatic(dist));
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('search through Meilisearch, with Pagefind as the fallback', () => {
	it('asks Meilisearch with the search-only key and shows its results in the visitor’s language, escaped, with highlights', async () => {
		const context = await browser.newContext();
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/ru/search/?q=${encodeURIComponent('опреснение')}`);
		const link = page.locator('.search-results a[href="/ru/achievements/fx-0002/"]');
		await link.waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-results h2').first().getAttribute('lang')).toBe('zh');
		// The stand-in's summary holds an <img onerror>: it is shown as text, and the highlight as <mark>.
		expect(await page.locator('.search-results img').count()).toBe(0);
		expect(await page.locator('.search-results mark').first().textContent()).toBe('海水淡化');
		// The snippet is the body's words around the match (asked for with attributesToCrop), not the summary.
		expect(await page.locator('.search-results li').first().textContent()).toContain('浓盐水中锂浓度');
		expect(await page.locator('.search-notice').count()).toBe(0);
		expect(problems).toEqual([]);
		await context.close();
	});

	it('pages results: the page is in the URL, sent to Meilisearch, and back and forward work', async () => {
		const context = await browser.newContext();
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/en/search/?q=many`);
		await page.locator('.search-status[data-state="done"]').waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-status').textContent()).toMatch(/35 results.*page 1 of 4/);
		expect(await page.locator('.search-results h2').first().textContent()).toMatch(/page 1$/);
		expect(await page.locator('.search-pages a[rel=prev]').count()).toBe(0);
		await page.locator('.search-pages a[rel=next]').click();
		await expect.poll(() => page.url()).toContain('page=2');
		await expect.poll(() => page.locator('.search-results h2').first().textContent()).toMatch(/page 2$/);
		expect(await page.locator('.search-results').getAttribute('start')).toBe('11');
		expect(await page.locator('.search-status').textContent()).toMatch(/page 2 of 4/);
		// The link is a real link: opened on its own, it shows the same page.
		expect(await page.locator('.search-pages a[rel=prev]').getAttribute('href')).toBe('?q=many');
		await page.goBack();
		await expect.poll(() => page.locator('.search-results h2').first().textContent()).toMatch(/page 1$/);
		// A new query starts again at page 1.
		await page.goForward();
		await expect.poll(() => page.url()).toContain('page=2');
		await page.getByLabel('Search offers and cases').fill('many more');
		await expect.poll(() => page.url()).not.toContain('page=');
		expect(problems).toEqual([]);
		await context.close();
	});

	it('falls back to the Pagefind bundles when Meilisearch takes longer than the build’s timeout, and says so in the visitor’s language', async () => {
		const context = await browser.newContext();
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/en/search/?q=${encodeURIComponent('seawater desalination slowly')}`);
		await page.locator('.search-notice').waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-notice').textContent()).toMatch(/not answering/);
		await page.locator('.search-results a[href="/en/achievements/fx-0002/"]').waitFor({ timeout: 10_000 });
		expect(problems).toEqual([]);
		await context.close();
	});

	it('publishes the search-only key and never the admin key, and allows connections to that server only', () => {
		const built = files(dist).filter((file) => !file.includes(`${join(dist, 'pagefind')}`));
		expect(built.filter((file) => readFileSync(file, 'utf8').includes(ADMIN_KEY))).toEqual([]);
		expect(built.some((file) => readFileSync(file, 'utf8').includes('sre-test-search-key'))).toBe(true);
		const csp = readFileSync(join(dist, '_headers'), 'utf8');
		expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:\d+/);
	});

	it('refuses to build when the public search key is the admin key', () => {
		let output = '';
		try {
			execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dist, '..', 'dist-refused')], {
				env: { ...process.env, SRE_CONTENT_DIR: FIXTURE_CONTENT, PUBLIC_MEILISEARCH_URL: 'http://127.0.0.1:7700', PUBLIC_MEILISEARCH_SEARCH_KEY: 'same-key', MEILISEARCH_ADMIN_KEY: 'same-key' },
				encoding: 'utf8',
				stdio: 'pipe',
			});
		} catch (error) {
			const failed = error as { stdout: string; stderr: string };
			output = failed.stdout + failed.stderr;
		}
		expect(output, 'the build must fail').toMatch(/PUBLIC_MEILISEARCH_SEARCH_KEY is the admin key/);
	});
});
