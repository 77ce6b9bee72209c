import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../content/core/schema/locale.ts';
import { readMarket } from '../../content/core/read/read-market.ts';
import { axeViolations, horizontalOverflow, launchChromium, openPage } from '../support/browser.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

const origin = inject('origin');
const market = readMarket(FIXTURE_CONTENT);
let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** One page of each type (test/fixtures/content/): fx-0002 is Chinese-only, fx-0003 English-only, so every locale meets a fallback. */
const PAGE_TYPES = [
	['home', ''],
	['achievements index', 'achievements/'],
	['sector page', 'achievements/sector/marine-equipment/'],
	['translated achievement', 'achievements/fx-0001/'],
	['fallback achievement', 'achievements/fx-0002/'],
	['English-only achievement', 'achievements/fx-0003/'],
	['cases index', 'cases/'],
	['case', 'cases/fc-0001/'],
	['about', 'about/'],
	['glossary', 'glossary/'],
	['search with a query', 'search/?q=fatigue'],
	['shared shortlist', 'shortlist/?ids=fx-0001,fx-0002,fx-0003'],
	['empty shortlist', 'shortlist/'],
	['404', 'no-such-page/'],
	['collections index', 'collections/'],
	['collection', 'collections/fk-0001/'],
	['offer dossier', 'achievements/fx-0001/dossier/'],
	['collection dossier', 'collections/fk-0001/dossier/'],
	['shortlist dossier', 'shortlist/dossier/?ids=fx-0003,fx-0001'],
] as const;

describe.each(LOCALES)('%s pages in Chromium', (locale) => {
	let mobile: BrowserContext;
	beforeAll(async () => {
		mobile = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
	});
	afterAll(async () => mobile?.close());

	// The glossary is a 430 KB page of 2,000 terms: axe needs well over 30 s for it on a busy 2-core machine.
	it.each(PAGE_TYPES)('%s: renders, has no accessibility violations, fits 360 px, no console or CSP errors', { timeout: 120_000 }, async (_type, path) => {
		const { page, problems } = await openPage(mobile);
		const response = await page.goto(`${origin}/${locale}/${path}`);
		expect(response!.status()).toBe(path === 'no-such-page/' ? 404 : 200);
		if (path.startsWith('search/')) await page.locator('.search-results a').first().waitFor({ timeout: 10_000 });
		if (path.startsWith('shortlist/?')) await page.locator('shortlist-app tbody tr').nth(2).waitFor({ timeout: 10_000 });
		if (path === 'shortlist/') await page.locator('shortlist-app [data-empty]').waitFor({ timeout: 10_000 });
		expect((await page.locator('h1').first().textContent())!.trim().length).toBeGreaterThan(0);
		expect(await horizontalOverflow(page)).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		// Ignore the 404 status itself, which Chromium logs as a failed resource.
		expect(problems.filter((problem) => !/404 \(Not Found\)/.test(problem))).toEqual([]);
		await page.close();
	});
});

describe('navigation between languages', () => {
	let context: BrowserContext;
	beforeAll(async () => {
		context = await browser.newContext();
	});
	afterAll(async () => context?.close());

	it('the language switcher keeps the visitor on the same item', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/en/achievements/fx-0001/`);
		await Promise.all([page.waitForURL(`${origin}/ru/achievements/fx-0001/`), page.locator('.language-switcher a[hreflang=ru]').click()]);
		expect(await page.locator('html').getAttribute('lang')).toBe('ru');
		await Promise.all([page.waitForURL(`${origin}/zh/achievements/fx-0001/`), page.locator('.language-switcher a[hreflang=zh]').click()]);
		await page.close();
	});

	it('/ remembers the language chosen with the switcher', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/nb/cases/`);
		await Promise.all([page.waitForURL(`${origin}/zh/cases/`), page.locator('.language-switcher a[hreflang=zh]').click()]);
		await page.goto(`${origin}/`);
		await page.waitForURL(`${origin}/zh/`);
		await page.close();
	});

	it.each([
		['ru-RU', '/ru/'],
		['zh-CN', '/zh/'],
		['nb-NO', '/nb/'],
		['de-DE', '/en/'],
		['kk-KZ', '/ru/'],
	])('/ sends a browser preferring %s to %s', async (preferred, expected) => {
		const fresh = await browser.newContext({ locale: preferred });
		const page = await fresh.newPage();
		await page.goto(`${origin}/`);
		await page.waitForURL(`${origin}${expected}`);
		await fresh.close();
	});

	it('/ without JavaScript is a page of four language links', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU' });
		const page = await noScript.newPage();
		await page.goto(`${origin}/`);
		expect(page.url()).toBe(`${origin}/`);
		expect(await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(LOCALES.map((locale) => `/${locale}/`));
		await noScript.close();
	});

	it('the search box in the header of a content page leads to the search page with the query, without JavaScript', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${origin}/ru/achievements/fx-0001/`);
		await page.locator('.header-search input[name=q]').fill('опреснение');
		await Promise.all([page.waitForURL(/\/ru\/search\/\?q=/), page.locator('.header-search input[name=q]').press('Enter')]);
		expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=опреснение');
		await noScript.close();
	});

	it('the enquiry link is a mailto in the page’s language that quotes the id', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/nb/achievements/fx-0001/`);
		const href = (await page.locator('.enquiry a').getAttribute('href'))!;
		expect(href.startsWith(`mailto:${market.email}?subject=`), href).toBe(true);
		const subject = new URLSearchParams(href.split('?')[1]).get('subject')!;
		expect(subject).toContain('fx-0001');
		expect(subject).toMatch(/[æøå]|henvendelse|teknologitilbud/i);
		await page.close();
	});
});

describe('fonts', () => {
	/** Draws two different characters of a script in the element's font; identical pixels mean empty boxes. */
	async function glyphsDiffer(page: Page, selector: string, a: string, b: string): Promise<{ differ: boolean; fonts: string[] }> {
		const session = await page.context().newCDPSession(page);
		await session.send('DOM.enable');
		await session.send('CSS.enable');
		const { root } = await session.send('DOM.getDocument');
		const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
		const differ = await page.evaluate(
			({ selector, a, b }) => {
				const family = getComputedStyle(document.querySelector(selector)!).fontFamily;
				const draw = (text: string) => {
					const canvas = document.createElement('canvas');
					canvas.width = 64;
					canvas.height = 64;
					const context = canvas.getContext('2d')!;
					context.font = `48px ${family}`;
					context.fillText(text, 4, 52);
					return canvas.toDataURL();
				};
				return draw(a) !== draw(b);
			},
			{ selector, a, b },
		);
		return { differ, fonts: fonts.map((font) => font.familyName) };
	}

	it('draws Chinese with a font that has the glyphs (not empty boxes)', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/zh/achievements/fx-0002/`);
		const { differ, fonts } = await glyphsDiffer(page, 'h1', '海', '洋');
		expect(differ, 'two different Han characters render identically: the font has no CJK glyphs').toBe(true);
		expect(fonts.join()).toMatch(/CJK|Hei|Song|Ming|Han|YaHei|PingFang/i);
		await context.close();
	});

	it('draws Cyrillic with a font that has the glyphs', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/ru/achievements/fx-0001/`);
		const { differ, fonts } = await glyphsDiffer(page, 'h1', 'Д', 'Ж');
		expect(differ).toBe(true);
		expect(fonts.length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('the accessibility gate itself', () => {
	it('reports violations when there are some (so a clean report means something)', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.setContent('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a></body></html>');
		const violations = await axeViolations(page);
		expect(violations.join('\n')).toMatch(/html-has-lang/);
		expect(violations.join('\n')).toMatch(/image-alt/);
		await context.close();
	});
});
