import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { axeViolations, horizontalOverflow, launchChromium, openPage } from '../support/browser.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// Fixture collection fk-0001: [fx-0006 (zh, en, ru), fx-0001 (all four), fx-0002 (zh only), fx-0003 (en only)];
// its Russian introduction has one paragraph more than the Chinese (see test/fixtures/content/README.md).
const origin = inject('origin');
const { model, market } = readContent(FIXTURE_CONTENT);
const site = market.siteUrl.replace(/\/$/, '');
const scratch = mkdtempSync(join(tmpdir(), 'sre-dossier-'));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
});
afterAll(async () => {
	await browser?.close();
	rmSync(scratch, { recursive: true, force: true });
});

/** Opens a dossier and waits until its script has finished (assembly, second language). */
async function openDossier(path: string): Promise<{ page: Page; problems: string[] }> {
	const opened = await openPage(context);
	await opened.page.goto(`${origin}${path}`);
	await opened.page.locator('main[data-ready=true]').waitFor({ timeout: 15_000 });
	return opened;
}

/** Prints the page to an A4 PDF as Chromium's print-to-PDF does; returns each page's text (pdftotext) and the fonts. */
async function printToPdf(page: Page, name: string): Promise<{ pages: string[]; fonts: string }> {
	const file = join(scratch, `${name}.pdf`);
	writeFileSync(file, await page.pdf({ format: 'A4' }));
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	return { pages: text.split('\f').filter((sheet) => sheet.trim()), fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }) };
}

/** Renders a QR code element as the browser draws it and decodes the picture. */
async function decodeQr(element: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await element.screenshot());
	return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('the dossier of one offer', () => {
	it('prints on A4 with the market’s name as running header and page numbers on every page', async () => {
		const { page, problems } = await openDossier('/ru/achievements/fx-0001/dossier/');
		const { pages } = await printToPdf(page, 'ru-fx-0001');
		expect(pages.length).toBeGreaterThanOrEqual(1);
		expect(pages.length).toBeLessThanOrEqual(4);
		pages.forEach((sheet, index) => {
			expect(sheet, `page ${index + 1}`).toContain(market.name.ru);
			expect(sheet, `page ${index + 1}`).toContain(`Стр. ${index + 1} из ${pages.length}`);
		});
		const all = pages.join('\n');
		expect(all).toContain(model.achievements.find((item) => item.id === 'fx-0001')!.texts.ru!.data.title.slice(0, 30));
		expect(all).toContain(market.email);
		expect(all).not.toContain(await page.locator('.dossier-toolbar label').textContent());
		expect(problems).toEqual([]);
		await page.close();
	});

	it.each(LOCALES)('%s: its QR code decodes to the offer’s page in the dossier’s language', async (locale) => {
		const { page } = await openDossier(`/${locale}/achievements/fx-0004/dossier/`);
		expect(await decodeQr(page.locator('.dossier-qr svg').first())).toBe(`${site}/${locale}/achievements/fx-0004/`);
		await page.close();
	});

	it('draws Chinese with real glyphs: the heading is set in a CJK font, and the PDF embeds fonts whose text reads back as Chinese', async () => {
		const { page } = await openDossier('/zh/achievements/fx-0002/dossier/');
		const session = await context.newCDPSession(page);
		await session.send('DOM.enable');
		await session.send('CSS.enable');
		const { root } = await session.send('DOM.getDocument');
		const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.dossier-offer h2' });
		const { fonts: used } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
		expect(used.map((font) => font.familyName).join()).toMatch(/CJK|Hei|Song|Han|YaHei|PingFang/i);
		const { pages, fonts } = await printToPdf(page, 'zh-fx-0002');
		const title = model.achievements.find((item) => item.id === 'fx-0002')!.texts.zh!.data.title;
		expect(pages.join('').replace(/\s+/g, '')).toContain(title.replace(/\s+/g, ''));
		expect(pages[0]).toContain(market.name.zh);
		expect(pages[0]).toMatch(/第1页，共\d+页/);
		// Chromium embeds large CJK fonts as Type 3 outlines: embedded ("yes") with a Unicode map ("yes").
		expect(fonts).toMatch(/Type 3\s+Custom\s+yes\s+no\s+yes/);
		await page.close();
	});

	it('keeps headings with what follows, tables whole and their header rows repeating, in print', async () => {
		const { page } = await openDossier('/en/achievements/fx-0001/dossier/');
		await page.emulateMedia({ media: 'print' });
		const styles = await page.evaluate(() => ({
			heading: getComputedStyle(document.querySelector('.dossier-offer h2')!).breakAfter,
			facts: getComputedStyle(document.querySelector('.dossier-facts')!).breakInside,
			thead: getComputedStyle(document.querySelector('.dossier-facts thead')!).display,
			toolbar: getComputedStyle(document.querySelector('.dossier-toolbar')!).display,
		}));
		expect(styles).toEqual({ heading: 'avoid', facts: 'avoid', thead: 'table-header-group', toolbar: 'none' });
		await page.close();
	});

	it('without JavaScript, is a complete single-language dossier whose language picker is a plain GET form', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${origin}/en/achievements/fx-0001/dossier/`);
		expect(await page.locator('.dossier-offer .dossier-body h3').count()).toBeGreaterThan(0);
		expect(await page.locator('.dossier-qr svg').count()).toBe(1);
		expect(await page.locator('[data-dossier-print]').isVisible()).toBe(false);
		await page.locator('#dossier-with').selectOption('zh');
		await Promise.all([page.waitForURL(/\?with=zh$/), page.locator('.dossier-with button').click()]);
		expect(new URL(page.url()).pathname).toBe('/en/achievements/fx-0001/dossier/');
		await noScript.close();
	});
});

describe('a bilingual dossier (Chinese beside Russian)', () => {
	let page: Page;
	let problems: string[];
	beforeAll(async () => {
		({ page, problems } = await openDossier('/zh/collections/fk-0001/dossier/?with=ru'));
	});

	it('pairs each offer block by block, each side with its real language', async () => {
		expect(await page.locator('main.is-bilingual').count()).toBe(1);
		expect(await page.locator('.dossier-offer.is-paired').count()).toBe(4);
		const cells = (id: string) => page.locator(`[data-pair="offer:${id}"] .dossier-pair-heading`).first().locator('.dossier-cell').evaluateAll((elements) => elements.map((element) => element.getAttribute('lang')));
		expect(await cells('fx-0006')).toEqual(['zh', 'ru']);
		expect(await cells('fx-0002')).toEqual(['zh', 'zh']);
		expect(await cells('fx-0003')).toEqual(['en', 'en']);
		const factLangs = await page.locator('[data-pair="offer:fx-0006"] .dossier-facts-paired tr[data-fact=sector] > *').evaluateAll((elements) => elements.map((element) => element.getAttribute('lang')));
		expect(factLangs).toEqual(['zh', 'zh', 'ru', 'ru']);
		const bodyRows = await page.locator('[data-pair="offer:fx-0006"] .dossier-pair:not(.dossier-pair-heading):not(.dossier-pair-qr)').count();
		expect(bodyRows).toBeGreaterThanOrEqual(8);
	});

	it('marks untranslated sides and missing passages in both languages', async () => {
		// fx-0002 has no Russian: its Russian side shows the Chinese text, marked in Chinese and in Russian.
		const mark = page.locator('[data-pair="offer:fx-0002"] .dossier-cell').nth(1).locator('.dossier-untranslated');
		expect(await mark.locator('span').evaluateAll((spans) => spans.map((span) => span.getAttribute('lang')))).toEqual(['zh', 'ru']);
		expect(await mark.locator('span[lang=ru]').textContent()).toMatch(/русский.*китайский/);
		// fx-0003 is in English only: both sides are marked.
		expect(await page.locator('[data-pair="offer:fx-0003"] .dossier-untranslated').count()).toBe(2);
		expect(await page.locator('[data-pair="offer:fx-0006"] .dossier-untranslated').count()).toBe(0);
		// The Russian introduction has a third paragraph the Chinese one lacks.
		const missing = page.locator('[data-pair="intro"] .dossier-missing');
		expect(await missing.count()).toBe(1);
		expect(await missing.locator('span').evaluateAll((spans) => spans.map((span) => span.getAttribute('lang')))).toEqual(['zh', 'ru']);
		expect(await page.locator('[data-pair="intro"] .dossier-pair').last().locator('.dossier-cell[lang=ru]').textContent()).toMatch(/переводчики/);
	});

	it('gives each side its own QR code: the Chinese one opens the Chinese page, the Russian one the Russian page', async () => {
		const codes = page.locator('[data-pair="offer:fx-0001"] .dossier-pair-qr svg');
		expect(await decodeQr(codes.nth(0))).toBe(`${site}/zh/achievements/fx-0001/`);
		expect(await decodeQr(codes.nth(1))).toBe(`${site}/ru/achievements/fx-0001/`);
	});

	it('prints both languages, a cover page and one new page per offer, with both market names in the running header', async () => {
		const { pages } = await printToPdf(page, 'zh-ru-fk-0001');
		expect(pages.length).toBeGreaterThanOrEqual(5);
		expect(pages.length).toBeLessThanOrEqual(20);
		for (const sheet of pages) expect(sheet).toMatch(new RegExp(`${market.name.zh}\\s+·\\s+${market.name.ru}`));
		const all = pages.join('\n');
		expect(all).toMatch(/\p{Script=Han}/u);
		expect(all).toMatch(/\p{Script=Cyrillic}/u);
		// Each offer starts a page: its reference heads one of the first lines under the running header (after any untranslated marks).
		for (const id of ['fx-0001', 'fx-0002', 'fx-0003', 'fx-0006']) {
			expect(pages.some((sheet) => sheet.split('\n').filter((line) => line.trim()).slice(1, 7).some((line) => line.trim().startsWith(id))), id).toBe(true);
		}
		expect(pages[0]).toContain(market.name.zh);
	});

	it('has no accessibility violations, console errors or CSP violations', async () => {
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('fits the width of an A4 page between its margins in print, with nothing running past the edge', async () => {
		// 210 mm less 2 × 16 mm of margin is 178 mm, 673 CSS pixels.
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 673, height: 950 });
		expect(await horizontalOverflow(page)).toBe(0);
		const overflowing = await page.evaluate(() =>
			[...document.querySelectorAll('.dossier-cell, .dossier-facts td, .dossier-contents td')].filter((element) => element.scrollWidth > element.clientWidth + 1).length,
		);
		expect(overflowing).toBe(0);
	});
});

describe('the shortlist dossier', () => {
	it('assembles the chosen offers in order and lists unknown and invalid references as text', async () => {
		const ids = encodeURIComponent('fx-0003,fx-0404,fx-0001,<img src=x>');
		const { page, problems } = await openDossier(`/en/shortlist/dossier/?ids=${ids}`);
		expect(await page.locator('.dossier-offer').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-pair')))).toEqual(['offer:fx-0003', 'offer:fx-0001']);
		expect(await page.locator('.dossier-contents tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-offer')))).toEqual(['fx-0003', 'fx-0001']);
		const listed = await page.locator('.dossier-problems').textContent();
		expect(listed).toContain('fx-0404');
		expect(listed).toContain('<img src=x>');
		expect(await page.locator('.dossier-problems img').count()).toBe(0);
		expect(await page.locator('.dossier-needs-script').isVisible()).toBe(false);
		expect(await decodeQr(page.locator('[data-pair="offer:fx-0001"] .dossier-qr svg'))).toBe(`${site}/en/achievements/fx-0001/`);
		expect(problems.filter((problem) => !/404 \(Not Found\)/.test(problem))).toEqual([]);
		await page.close();
	});

	it('with a second language, pairs every assembled offer and keeps the ids in the language form', async () => {
		const { page } = await openDossier('/en/shortlist/dossier/?ids=fx-0007,fx-0004&with=nb');
		expect(await page.locator('.dossier-offer.is-paired').count()).toBe(2);
		expect(await page.locator('[data-pair="offer:fx-0007"] .dossier-pair-heading .dossier-cell').first().getAttribute('lang')).toBe('en');
		expect(await page.locator('[data-pair="offer:fx-0007"] .dossier-pair-heading .dossier-cell').nth(1).getAttribute('lang')).toBe('nb');
		expect(await page.locator('.dossier-with input[name=ids]').getAttribute('value')).toBe('fx-0007,fx-0004');
		expect(await page.locator('html').getAttribute('data-dossier-page')).toBe('dossier-en-nb');
		await page.close();
	});
});
