import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isListed, publicationDay, visibleModel } from '../../content/core/model/publication.ts';
import { translatedLocales } from '../../content/core/model/resolve-text.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES, type Locale } from '../../content/core/schema/locales.ts';
import { readTermbase } from '../../content/core/termbase/read-termbase.ts';
import { VOCABULARIES, codesOf, labelOf } from '../../content/core/vocabularies/index.ts';
import { listPages, page } from '../support/built-site.ts';
import { FIXTURE_CONTENT, makeContentFixture } from '../support/fixture-content.ts';

// The suite builds test/fixtures/content/ (see its README for what each item is for).
const dist = inject('distDir');
const { model, market } = readContent(FIXTURE_CONTENT);
const pages = listPages(dist);
// What a public build publishes: no drafts (fx-0008) or expired offers (fx-0009); archived ones (fx-0010) keep their page but are not listed.
const built = visibleModel(model, { day: publicationDay(), drafts: false });
const listedAchievements = built.achievements.filter(isListed);
const listedCases = built.cases.filter(isListed);
const site = market.siteUrl.replace(/\/$/, '');

describe('the built site', () => {
	it('has a page for every item in every locale', () => {
		for (const locale of LOCALES) {
			for (const item of built.achievements) expect(pages).toContain(`/${locale}/achievements/${item.id}/`);
			for (const item of built.cases) expect(pages).toContain(`/${locale}/cases/${item.id}/`);
			for (const path of ['', 'achievements/', 'cases/', 'search/', 'about/', 'glossary/', '404/']) expect(pages).toContain(`/${locale}/${path}`);
			for (const sector of codesOf(VOCABULARIES.sector)) expect(pages).toContain(`/${locale}/achievements/sector/${sector}/`);
		}
	});

	it('writes a dossier for every offer in every locale from the one template, and leaves the template out', () => {
		for (const locale of LOCALES) {
			for (const item of built.achievements) {
				const doc = page(dist, `/${locale}/achievements/${item.id}/dossier/`);
				const title = doc.querySelector(`[data-pair="offer:${item.id}"] h2`)!.textContent!;
				expect(title, `${locale} ${item.id}`).toContain(item.id);
				expect(doc.querySelector('title')!.textContent).toContain(title.replace(item.id, '').trim());
				expect(JSON.parse(doc.querySelector('main')!.getAttribute('data-alternates')!)[locale]).toBe(`/${locale}/achievements/${item.id}/dossier/`);
				expect(doc.querySelector('.dossier-toolbar a')!.getAttribute('href')).toBe(`/${locale}/achievements/${item.id}/`);
			}
		}
		expect(pages.filter((path) => path.endsWith('/dossier/') && path.includes('/achievements/'))).toHaveLength(built.achievements.length * LOCALES.length);
		expect(pages.filter((path) => path.includes('_dossier-template') || readFileSync(path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html'), 'utf8').includes('__sre_dossier'))).toEqual([]);
	});

	it('marks every page with its locale, and fallback text with the language it is really in', () => {
		for (const item of built.achievements) {
			for (const locale of LOCALES) {
				const doc = page(dist, `/${locale}/achievements/${item.id}/`);
				expect(doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
				const textLang = [locale, ...market.fallbackLocales, ...LOCALES].find((lang) => item.texts[lang]);
				expect(doc.querySelector('h1')!.getAttribute('lang'), `${locale} ${item.id}`).toBe(textLang);
				expect(doc.querySelector('.detail-body')!.getAttribute('lang')).toBe(textLang);
				expect(Boolean(doc.querySelector('.fallback-notice')), `${locale} ${item.id} notice`).toBe(textLang !== locale);
			}
		}
	});

	it('shows a Chinese-only offer in Chinese on the English page, with a notice in English and the facts in English', () => {
		const doc = page(dist, '/en/achievements/fx-0002/');
		expect(doc.querySelector('h1')!.text).toMatch(/\p{Script=Han}/u);
		expect(doc.querySelector('.fallback-notice')!.text).toMatch(/English/);
		expect(doc.querySelector('.facts')!.text).toContain(labelOf('sector', 'new-materials', 'en'));
	});

	it('shows an English-only offer in English on the Chinese page, the facts in Chinese', () => {
		const doc = page(dist, '/zh/achievements/fx-0003/');
		expect(doc.querySelector('h1')!.getAttribute('lang')).toBe('en');
		expect(doc.querySelector('.facts')!.text).toContain(labelOf('sector', 'marine-equipment', 'zh'));
	});

	it.each([
		['fx-0004', 'ru', 'en'],
		['fx-0005', 'zh', 'en'],
		['fx-0005', 'nb', 'en'],
		['fx-0006', 'nb', 'en'],
		['fc-0002', 'zh', 'en'],
	] as [string, Locale, Locale][])('falls back along the market’s order: %s on the %s page is shown in %s', (id, locale, lang) => {
		const folder = id.startsWith('fc-') ? 'cases' : 'achievements';
		const doc = page(dist, `/${locale}/${folder}/${id}/`);
		expect(doc.querySelector('h1')!.getAttribute('lang')).toBe(lang);
		expect(doc.querySelector('.fallback-notice')).not.toBeNull();
	});

	it('falls back for a page too: the about page without nb.md', () => {
		const doc = page(dist, '/nb/about/');
		expect(doc.querySelector('h1')!.getAttribute('lang')).toBe('en');
		expect(doc.querySelector('.fallback-notice')).not.toBeNull();
		expect(page(dist, '/ru/about/').querySelector('h1')!.getAttribute('lang')).toBe('ru');
	});

	it('names only real translations in hreflang, plus x-default, and has a self canonical', () => {
		for (const item of built.achievements) {
			const translated = translatedLocales(item.texts);
			for (const locale of LOCALES) {
				const path = `/${locale}/achievements/${item.id}/`;
				const doc = page(dist, path);
				expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${site}${path}`);
				const alternates = doc.querySelectorAll('link[rel=alternate][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
						const xDefault = translated.includes(market.defaultLocale) ? market.defaultLocale : translated[0];
				expect(alternates).toEqual([
					...translated.map((lang) => [lang, `${site}/${lang}/achievements/${item.id}/`]),
					['x-default', `${site}/${xDefault}/achievements/${item.id}/`],
				]);
			}
		}
	});

	it('has no broken internal links or assets', () => {
		const broken: string[] = [];
		for (const path of pages) {
			for (const element of page(dist, path).querySelectorAll('a[href], link[href], script[src], img[src]')) {
				const target = element.getAttribute('href') ?? element.getAttribute('src')!;
				const url = new URL(target, `${site}${path}`);
				if (url.origin !== site || target.startsWith('mailto:')) continue;
				const file = join(dist, decodeURIComponent(url.pathname));
				if (!existsSync(file.endsWith('/') ? join(file, 'index.html') : file)) broken.push(`${path} -> ${target}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('lists every indexable page in the sitemap, with the same alternates as the page', () => {
		const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replace(site, ''));
		const archived = [...built.achievements, ...built.cases].filter((item) => !isListed(item)).map((item) => `/${item.id}/`);
		expect(archived.length).toBeGreaterThan(0);
		// Pages marked noindex (dossiers, the shortlist, staff pages) are not in the sitemap; nor are archived items.
		const indexable = pages.filter((path) => !path.includes('404') && !page(dist, path).querySelector('meta[name=robots]') && !archived.some((suffix) => path.endsWith(suffix)));
		expect(indexable.some((path) => path.includes('/staff/') || path.endsWith('/dossier/'))).toBe(false);
		expect(locs.sort()).toEqual(indexable.sort());
		const entry = sitemap.split('<url>').find((block) => block.includes(`<loc>${site}/ru/achievements/fx-0004/</loc>`))!;
		expect([...entry.matchAll(/hreflang="([^"]+)"/g)].map((match) => match[1])).toEqual(['zh', 'en', 'nb', 'x-default']);
	});

	it('ships no JavaScript on content pages beyond the language switcher, the shortlist button and structured data', () => {
		const allowed = /\/_astro\/(LanguageSwitcher|ShortlistToggleScript)\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
		// Dossier pages have their own script (fetching the second language); test/build/collections.test.ts checks them.
		for (const path of pages.filter((candidate) => !/^\/(\w\w\/(search|shortlist)\/)?$/.test(candidate) && !candidate.endsWith('/dossier/'))) {
			for (const script of page(dist, path).querySelectorAll('script')) {
				const type = script.getAttribute('type');
				if (type === 'application/ld+json') continue;
				expect(script.getAttribute('src') ?? `inline script on ${path}`, path).toMatch(allowed);
			}
			expect(page(dist, path).querySelector('astro-island'), path).toBeNull();
		}
		expect(page(dist, '/ru/search/').querySelector('astro-island')).not.toBeNull();
		expect(page(dist, '/').querySelectorAll('script').length).toBeGreaterThan(0);
	});

	it('embeds JSON-LD that parses and describes the item in the shown language', () => {
		const doc = page(dist, '/ru/achievements/fx-0001/');
		const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
		expect(data).toMatchObject({ '@type': 'CreativeWork', identifier: 'fx-0001', inLanguage: 'ru', url: `${site}/ru/achievements/fx-0001/`, about: labelOf('sector', 'aquaculture-food', 'ru') });
		const fallback = JSON.parse(page(dist, '/ru/achievements/fx-0003/').querySelector('script[type="application/ld+json"]')!.textContent);
		expect(fallback).toMatchObject({ identifier: 'fx-0003', inLanguage: 'en', url: `${site}/ru/achievements/fx-0003/` });
		const item = model.achievements.find((entry) => entry.id === 'fx-0003')!;
		expect(fallback.name).toBe(item.texts.en!.data.title);
	});

	it('publishes an offer’s images with alt text in the visitor’s language', () => {
		const image = page(dist, '/nb/achievements/fx-0001/').querySelector('.item-images img')!;
		expect(image.getAttribute('src')).toBe('/media/achievements/fx-0001/diagram.svg');
		expect(readFileSync(join(dist, 'media/achievements/fx-0001/diagram.svg'))).toEqual(readFileSync(join(FIXTURE_CONTENT, 'achievements/fx-0001/diagram.svg')));
		expect(image.getAttribute('lang')).toBe('nb');
		expect(image.getAttribute('alt')).toBe(model.achievements.find((item) => item.id === 'fx-0001')!.facts.images![0]!.alt.nb);
	});

	it('suggests other offers of the same sector, in the visitor’s language', () => {
		const item = model.achievements.find((entry) => entry.id === 'fx-0001')!;
		const links = page(dist, '/nb/achievements/fx-0001/').querySelectorAll('section[aria-labelledby=same-sector-heading] h3 a').map((link) => link.getAttribute('href')!);
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) {
			const id = href.split('/')[3]!;
			expect(href).toBe(`/nb/achievements/${id}/`);
			expect(id).not.toBe(item.id);
			expect(model.achievements.find((entry) => entry.id === id)!.facts.sector).toBe(item.facts.sector);
		}
	});

	it('offers an enquiry email in the page’s language quoting the id', () => {
		const href = page(dist, '/ru/achievements/fx-0001/').querySelector('.enquiry a[href^="mailto:"]')!.getAttribute('href')!;
		const [address, query] = href.slice('mailto:'.length).split('?');
		expect(address).toBe(market.email);
		const params = new URLSearchParams(query);
		expect(params.get('subject')).toContain('fx-0001');
		expect(params.get('subject')).toMatch(/\p{Script=Cyrillic}/u);
		expect(params.get('body')).toContain(`${site}/ru/achievements/fx-0001/`);
	});

	it('writes one RSS feed per locale with every offer, newest first', () => {
		for (const locale of LOCALES) {
			const feed = readFileSync(join(dist, locale, 'rss.xml'), 'utf8');
			expect(feed).toContain(`<language>${locale}</language>`);
			const links = [...feed.matchAll(/<link>([^<]+\/achievements\/[^<]+)<\/link>/g)].map((match) => match[1]);
			expect(links).toHaveLength(listedAchievements.length);
			expect(links.every((link) => link!.startsWith(`${site}/${locale}/`))).toBe(true);
		}
	});

	it('publishes the termbase as a glossary per locale: every concept once, in four languages, linked from the footer', () => {
		const { termbase } = readTermbase();
		for (const locale of LOCALES) {
			const doc = page(dist, `/${locale}/glossary/`);
			expect(doc.querySelector('footer a[href="/' + locale + '/glossary/"]')).not.toBeNull();
			const rows = doc.querySelectorAll('tbody tr');
			expect(rows).toHaveLength(termbase.concepts.length);
			const seaweed = doc.querySelector('tr#seaweed-extract')!;
			const concept = termbase.byId.get('seaweed-extract')!;
			expect(seaweed.querySelector('th')!.getAttribute('lang')).toBe(locale);
			expect(seaweed.querySelector('th')!.text).toBe(concept[locale].term);
			for (const cell of seaweed.querySelectorAll('td')) expect(cell.text).toBe(concept[cell.getAttribute('lang') as Locale].term);
			expect(doc.querySelectorAll('section h2').length).toBe(new Set(termbase.concepts.map((entry) => entry.domain)).size);
		}
	});

	it('has robots.txt pointing at the sitemap and a localized 404 per locale', () => {
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
		expect(page(dist, '/ru/404/').querySelector('h1')!.text).toMatch(/\p{Script=Cyrillic}/u);
		expect(page(dist, '/404.html').querySelectorAll('section[lang]').map((section) => section.getAttribute('lang'))).toEqual([...LOCALES]);
	});

	it('formats dates for the page’s language', () => {
		const published = model.achievements.find((item) => item.id === 'fx-0001')!.facts.published;
		const expected = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(published);
		for (const locale of LOCALES) expect(page(dist, `/${locale}/achievements/fx-0001/`).querySelector('.facts time')!.text).toBe(expected(locale));
	});

	it('writes a Pagefind bundle per language: every item, in its own words where translated, else index-only', () => {
		const items = [...listedAchievements, ...listedCases];
		for (const locale of LOCALES) {
			const entry = JSON.parse(readFileSync(join(dist, 'pagefind', locale, 'pagefind-entry.json'), 'utf8'));
			expect(Object.keys(entry.languages)).toEqual([locale]);
			expect(entry.languages[locale].page_count).toBe(items.length);
		}
	});

});

describe('a build with a wrong field', () => {
	it('fails and names the file, the field, the problem and the allowed values', () => {
		const fixture = makeContentFixture();
		try {
			fixture.setField('achievements/fx-0001/index.md', 'sector', 'sector: fisheries');
			let output = '';
			try {
				execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(fixture.root, 'dist')], {
					env: { ...process.env, SRE_CONTENT_DIR: fixture.root },
					encoding: 'utf8',
					stdio: 'pipe',
				});
			} catch (error) {
				const failed = error as { stdout: string; stderr: string; status: number };
				expect(failed.status).not.toBe(0);
				output = failed.stdout + failed.stderr;
			}
			expect(output, 'the build must fail').not.toBe('');
			expect(output).toMatch(/achievements\/fx-0001\/index\.md:\d+: field "sector": "fisheries" is not a sector; allowed values: marine-biotech, marine-equipment/);
			// Authors get the list of problems, once, without a stack trace around it.
			expect(output.match(/field "sector"/g)).toHaveLength(1);
			expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
			expect(existsSync(join(fixture.root, 'dist', 'index.html'))).toBe(false);
		} finally {
			fixture.remove();
		}
	});
});
