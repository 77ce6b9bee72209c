import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicationDay, publicationOf } from '../../content/core/model/publication.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { launchChromium, openPage } from '../support/browser.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// The suite's site is built from test/fixtures/content/ (see its README).
const { model } = readContent(FIXTURE_CONTENT);
// Drafts, expired and archived offers are not searchable (fx-0008, fx-0009, fx-0010).
const searchable = model.achievements.filter((item) => publicationOf(item, publicationDay()) === 'published');
const offer = (href: string) => model.achievements.find((item) => href.endsWith(`/achievements/${item.id}/`));

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
		['en', 'fatigue monitoring', '/en/achievements/fx-0007/'],
		['ru', 'усталостного ресурса', '/ru/achievements/fx-0007/'],
		['nb', 'utmattingslevetid', '/nb/achievements/fx-0007/'],
		['zh', '疲劳寿命', '/zh/achievements/fx-0007/'],
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
		await page.goto(`${origin}/ru/search/?q=${encodeURIComponent('海水淡化')}`);
		const link = page.locator('.search-results a[href="/ru/achievements/fx-0002/"]');
		await link.waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-results li').first().locator('h2').getAttribute('lang')).toBe('zh');
		expect(await page.locator('.search-results .tag-fallback').first().textContent()).toMatch(/китайск/);
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each([
		['en', 'seawater desalination', '/en/achievements/fx-0002/', 'zh'],
		['nb', 'avsalting', '/nb/achievements/fx-0002/', 'zh'],
		['ru', 'опреснение морской воды', '/ru/achievements/fx-0002/', 'zh'],
		['zh', '生物污损', '/zh/achievements/fx-0003/', 'en'],
	])('%s: “%s” finds an offer written only in another language through the termbase, shown in its language', async (locale, query, expected, lang) => {
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
		const link = page.locator(`.search-results a[href="${expected}"]`);
		await link.waitFor({ timeout: 10_000 });
		const hit = page.locator('.search-results li', { has: page.locator(`a[href="${expected}"]`) });
		expect(await hit.locator('h2').getAttribute('lang')).toBe(lang);
		// Found through index-only terms: the result shows the offer's own summary, not the terms.
		const id = expected.split('/')[3]!;
		expect(await hit.locator('p[lang]').last().textContent()).toBe(model.achievements.find((item) => item.id === id)!.texts[lang as 'zh']!.data.summary);
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each([
		['en', 'seawater desalinatoin', '/en/achievements/fx-0002/', 'seawater desalination'],
		['ru', 'опреснене', '/ru/achievements/fx-0002/', 'опреснение'],
		['en', 'biofoulinq', '/en/achievements/fx-0003/', 'biofouling'],
	])('%s: a one-letter typo (“%s”) still finds the offer, and the page says what it searched for', async (locale, query, expected, corrected) => {
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(query)}`);
		await page.locator(`.search-results a[href="${expected}"]`).waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-corrected').textContent()).toContain(corrected);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('filters by sector and by cooperation mode: every result then has that sector and mode', async () => {
		const { page } = await openPage(context);
		// Every offer's search text names its TRL, so this query finds every offer.
		await page.goto(`${origin}/en/search/?q=TRL`);
		const hrefs = () => resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		await expect.poll(async () => (await hrefs()).length, { timeout: 10_000 }).toBe(searchable.length);
		await page.getByLabel('Sector').selectOption('aquaculture-food');
		const inSector = searchable.filter((item) => item.facts.sector === 'aquaculture-food').map((item) => `/en/achievements/${item.id}/`);
		await expect.poll(async () => (await hrefs()).sort()).toEqual(inSector.sort());
		expect(page.url()).toContain('sector=aquaculture-food');
		const mode = offer(inSector[0]!)!.facts.cooperationModes.find((code) => !offer(inSector[1]!)!.facts.cooperationModes.includes(code))!;
		await page.getByLabel('Cooperation mode').selectOption(mode);
		const both = inSector.filter((href) => offer(href)!.facts.cooperationModes.includes(mode));
		await expect.poll(async () => (await hrefs()).sort()).toEqual(both.sort());
		expect(both.length).toBeLessThan(inSector.length);
		expect(page.url()).toContain(`mode=${mode}`);
		await page.close();
	});

	it('counts offers per facet value, filters by readiness band, and keeps filters in history (back and forward)', async () => {
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/en/search/?q=TRL`);
		const hrefs = () => resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		await expect.poll(async () => (await hrefs()).length, { timeout: 10_000 }).toBe(searchable.length);
		const inSector = searchable.filter((item) => item.facts.sector === 'aquaculture-food').length;
		expect(await page.getByLabel('Sector').locator('option[value="aquaculture-food"]').textContent()).toMatch(new RegExp(`\\(${inSector}\\)$`));
		await page.getByLabel('Technology readiness (TRL)').selectOption('7-9');
		const ready = searchable.filter((item) => item.facts.trl >= 7).map((item) => `/en/achievements/${item.id}/`);
		await expect.poll(async () => (await hrefs()).sort()).toEqual(ready.sort());
		expect(page.url()).toContain('trlBand=7-9');
		await page.goBack();
		await expect.poll(() => page.url()).not.toContain('trlBand');
		await expect.poll(async () => (await hrefs()).length).toBe(searchable.length);
		expect(await page.getByLabel('Technology readiness (TRL)').inputValue()).toBe('');
		await page.goForward();
		await expect.poll(async () => (await hrefs()).sort()).toEqual(ready.sort());
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each([
		['quotes and operators', '"seawater" OR (desalination) AND -x'],
		['HTML', '<img src=x onerror=alert(1)>desalination'],
		['10,000 characters', `desalination ${'x'.repeat(10_000)}`],
		['emoji and mixed scripts', '🌊 опреснение 海水淡化 desalination'],
	])('a hostile query (%s) neither breaks the page nor injects anything', async (_name, query) => {
		const { page, problems } = await openPage(context);
		await page.goto(`${origin}/en/search/?q=${encodeURIComponent(query)}&sector=${encodeURIComponent('x" OR 1=1')}`);
		await page.locator('.search-status[data-state="done"]').waitFor({ timeout: 10_000 });
		expect(await page.locator('.search-results img').count()).toBe(0);
		expect(await page.getByLabel('Sector').inputValue()).toBe('');
		expect(problems).toEqual([]);
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
		await page.keyboard.type('scallop');
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

	it('writes a typed query into the URL only with its results, not at every keystroke, and adds no history entry', async () => {
		const { page, problems } = await openPage(context);
		await page.addInitScript(() => {
			const counted = window as unknown as { urlWrites: number; resultsShown: number };
			counted.urlWrites = 0;
			counted.resultsShown = 0;
			for (const name of ['replaceState', 'pushState'] as const) {
				const original = history[name].bind(history);
				history[name] = (...args: Parameters<History['replaceState']>) => {
					counted.urlWrites++;
					original(...args);
				};
			}
			new MutationObserver((records) => {
				for (const record of records) if ((record.target as Element).getAttribute('data-state') === 'done' && record.oldValue !== 'done') counted.resultsShown++;
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], attributeOldValue: true });
		});
		await page.goto(`${origin}/en/search/`);
		const before = await page.evaluate(() => history.length);
		await page.getByLabel('Search offers and cases').pressSequentially('scallop raft', { delay: 30 });
		await page.locator('.search-status[data-state="done"]').waitFor({ timeout: 10_000 });
		await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('scallop raft');
		// Twelve keystrokes, most overtaken by the next: the URL is written only for results that were shown
		// (how many were shown depends on the machine's speed), never for a query still being searched.
		const { urlWrites, resultsShown } = await page.evaluate(() => {
			const counted = window as unknown as { urlWrites: number; resultsShown: number };
			return { urlWrites: counted.urlWrites, resultsShown: counted.resultsShown };
		});
		expect(urlWrites).toBeGreaterThan(0);
		expect(urlWrites).toBeLessThanOrEqual(resultsShown);
		expect(await page.evaluate(() => history.length)).toBe(before);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('announces the number of results politely to screen readers', async () => {
		const { page } = await openPage(context);
		await page.goto(`${origin}/ru/search/?q=${encodeURIComponent('мониторинга')}`);
		const status = page.locator('[role=status]');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await expect.poll(async () => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ результат/);
		await page.close();
	});
});
