import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../support/browser.ts';

const origin = inject('origin');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => browser?.close());

const resultLinks = (page: import('playwright-core').Page) => page.locator('.search-results h2 a');

describe('search in the browser (Pagefind)', () => {
	it.each([
		['en', 'underwater glider', '/en/achievements/to-0006/'],
		['ru', 'глайдер', '/ru/achievements/to-0006/'],
		['nb', 'glider', '/nb/achievements/to-0006/'],
		['zh', '水下滑翔机', '/zh/achievements/to-0006/'],
	])('%s: a query from the URL finds the offer, linked in the visitor’s language', async (locale, query, expected) => {
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
		await expect.poll(async () => resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href'))), { timeout: 10_000 }).toContain(expected);
		expect(await page.locator('.search-status').textContent()).toMatch(/\d/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('finds a Chinese-only offer from the Russian page and marks its language', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/ru/search/?q=${encodeURIComponent('赤潮')}`);
		const link = page.locator('.search-results a[href="/ru/achievements/to-0011/"]');
		await link.waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-results li').first().locator('h2').getAttribute('lang')).toBe('zh');
		expect(await page.locator('.search-results .tag-fallback').first().textContent()).toMatch(/китайск/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('filters by sector and by cooperation mode, and keeps the filters in the URL', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/en/search/?q=${encodeURIComponent('technology')}`);
		await resultLinks(page).first().waitFor({ timeout: 10_000 });
		const before = await resultLinks(page).count();
		await page.getByLabel('Sector').selectOption('marine-equipment');
		await expect.poll(() => page.url()).toContain('sector=marine-equipment');
		await expect.poll(async () => (await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')))).every((href) => ['/en/achievements/to-0005/', '/en/achievements/to-0006/', '/en/achievements/to-0007/'].includes(href!))).toBe(true);
		const inSector = await resultLinks(page).count();
		expect(inSector).toBeGreaterThan(0);
		expect(inSector).toBeLessThan(before);
		await page.getByLabel('Cooperation mode').selectOption('equity');
		await expect.poll(() => page.url()).toContain('mode=equity');
		await page.close();
	});

	it('is usable with the keyboard alone: Tab to the field, type, Tab to a result, Enter', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/en/search/`);
		let focused = '';
		for (let presses = 0; presses < 30 && focused !== 'search'; presses++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '');
		}
		expect(focused).toBe('search');
		await page.keyboard.type('seaweed');
		await resultLinks(page).first().waitFor({ timeout: 10_000 });
		const first = await resultLinks(page).first().getAttribute('href');
		let onResult = false;
		for (let presses = 0; presses < 12 && !onResult; presses++) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('.search-results')));
		}
		expect(onResult).toBe(true);
		await Promise.all([page.waitForURL(`${origin}${first}`), page.keyboard.press('Enter')]);
		await page.close();
	});

	it('announces the number of results politely to screen readers', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/ru/search/?q=${encodeURIComponent('водоросли')}`);
		const status = page.locator('[role=status]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await expect.poll(async () => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ результат/);
		await page.close();
	});
});
