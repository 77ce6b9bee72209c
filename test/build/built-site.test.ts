import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentModel } from '../../content/model/read-content.ts';
import { readMarket } from '../../content/model/read-market.ts';
import { translatedLocales } from '../../content/model/resolve-text.ts';
import { LOCALES } from '../../content/schema/locale.ts';
import { listPages, page } from '../support/built-site.ts';
import { makeContentFixture } from '../support/fixture-content.ts';

const dist = inject('distDir');
const model = readContentModel('content');
const market = readMarket('content');
const pages = listPages(dist);
const site = market.siteUrl.replace(/\/$/, '');

describe('the built site', () => {
	it('has a page for every item in every locale', () => {
		for (const locale of LOCALES) {
			for (const item of model.achievements) expect(pages).toContain(`/${locale}/achievements/${item.id}/`);
			for (const item of model.cases) expect(pages).toContain(`/${locale}/cases/${item.id}/`);
			for (const path of ['', 'achievements/', 'cases/', 'search/', 'about/', '404/']) expect(pages).toContain(`/${locale}/${path}`);
			for (const sector of ['marine-biotech', 'advanced-manufacturing']) expect(pages).toContain(`/${locale}/achievements/sector/${sector}/`);
		}
	});

	it('marks every page with its locale, and fallback text with the language it is really in', () => {
		for (const item of model.achievements) {
			for (const locale of LOCALES) {
				const doc = page(dist, `/${locale}/achievements/${item.id}/`);
				expect(doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
				const textLang = item.texts[locale] ? locale : item.texts.en ? 'en' : 'zh';
				expect(doc.querySelector('h1')!.getAttribute('lang'), `${locale} ${item.id}`).toBe(textLang);
				expect(doc.querySelector('.detail-body')!.getAttribute('lang')).toBe(textLang);
				expect(Boolean(doc.querySelector('.fallback-notice')), `${locale} ${item.id} notice`).toBe(textLang !== locale);
			}
		}
	});

	it('shows a Chinese-only offer in Chinese on the English page, with a notice in English', () => {
		const doc = page(dist, '/en/achievements/to-0011/');
		expect(doc.querySelector('h1')!.text).toMatch(/\p{Script=Han}/u);
		expect(doc.querySelector('.fallback-notice')!.text).toMatch(/English/);
		expect(doc.querySelector('.facts')!.text).toMatch(/Marine environment/);
	});

	it('shows an English-only offer in English on the Chinese page, the facts in Chinese', () => {
		const doc = page(dist, '/zh/achievements/to-0024/');
		expect(doc.querySelector('h1')!.getAttribute('lang')).toBe('en');
		expect(doc.querySelector('.facts')!.text).toMatch(/先进制造/);
	});

	it('names only real translations in hreflang, plus x-default, and has a self canonical', () => {
		for (const item of model.achievements) {
			const translated = translatedLocales(item.texts);
			for (const locale of LOCALES) {
				const path = `/${locale}/achievements/${item.id}/`;
				const doc = page(dist, path);
				expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${site}${path}`);
				const alternates = doc.querySelectorAll('link[rel=alternate][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
				const xDefault = translated.includes('en') ? 'en' : translated[0];
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
		const indexable = pages.filter((path) => !path.includes('404'));
		expect(locs.sort()).toEqual(indexable.sort());
		const entry = sitemap.split('<url>').find((block) => block.includes('<loc>https://exchange.example.org/ru/achievements/to-0019/</loc>'))!;
		expect([...entry.matchAll(/hreflang="([^"]+)"/g)].map((match) => match[1])).toEqual(['zh', 'en', 'nb', 'x-default']);
	});

	it('ships no JavaScript on content pages beyond the language switcher and structured data', () => {
		const allowed = /\/_astro\/LanguageSwitcher\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
		for (const path of pages.filter((candidate) => !/^\/(\w\w\/search\/)?$/.test(candidate))) {
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
		const doc = page(dist, '/ru/achievements/to-0005/');
		const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
		expect(data).toMatchObject({ identifier: 'to-0005', inLanguage: 'ru', url: `${site}/ru/achievements/to-0005/` });
	});

	it('publishes an offer’s images with alt text in the visitor’s language', () => {
		const image = page(dist, '/nb/achievements/to-0005/').querySelector('.item-images img')!;
		expect(image.getAttribute('src')).toBe('/media/achievements/to-0005/deployment.svg');
		expect(existsSync(join(dist, 'media/achievements/to-0005/deployment.svg'))).toBe(true);
		expect(image.getAttribute('lang')).toBe('nb');
		expect(image.getAttribute('alt')).toMatch(/sonde/i);
	});

	it('suggests other offers of the same sector, in the visitor’s language', () => {
		const item = model.achievements.find((entry) => entry.id === 'to-0005')!;
		const links = page(dist, '/nb/achievements/to-0005/').querySelectorAll('section[aria-labelledby=same-sector-heading] h3 a').map((link) => link.getAttribute('href')!);
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) {
			const id = href.split('/')[3]!;
			expect(href).toBe(`/nb/achievements/${id}/`);
			expect(id).not.toBe(item.id);
			expect(model.achievements.find((entry) => entry.id === id)!.facts.sector).toBe(item.facts.sector);
		}
	});

	it('offers an enquiry email in the page’s language quoting the id', () => {
		const href = page(dist, '/ru/achievements/to-0005/').querySelector('.enquiry a[href^="mailto:"]')!.getAttribute('href')!;
		const [address, query] = href.slice('mailto:'.length).split('?');
		expect(address).toBe(market.email);
		const params = new URLSearchParams(query);
		expect(params.get('subject')).toContain('to-0005');
		expect(params.get('subject')).toMatch(/\p{Script=Cyrillic}/u);
		expect(params.get('body')).toContain(`${site}/ru/achievements/to-0005/`);
	});

	it('writes one RSS feed per locale with every offer, newest first', () => {
		for (const locale of LOCALES) {
			const feed = readFileSync(join(dist, locale, 'rss.xml'), 'utf8');
			expect(feed).toContain(`<language>${locale}</language>`);
			const links = [...feed.matchAll(/<link>([^<]+\/achievements\/[^<]+)<\/link>/g)].map((match) => match[1]);
			expect(links).toHaveLength(model.achievements.length);
			expect(links.every((link) => link!.startsWith(`${site}/${locale}/`))).toBe(true);
		}
	});

	it('has robots.txt pointing at the sitemap and a localized 404 per locale', () => {
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap.xml`);
		expect(page(dist, '/ru/404/').querySelector('h1')!.text).toMatch(/\p{Script=Cyrillic}/u);
		expect(page(dist, '/404.html').querySelectorAll('section[lang]').map((section) => section.getAttribute('lang'))).toEqual([...LOCALES]);
	});

	it('formats dates for the page’s language', () => {
		const published = model.achievements.find((item) => item.id === 'to-0005')!.facts.published;
		const expected = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(published);
		for (const locale of LOCALES) expect(page(dist, `/${locale}/achievements/to-0005/`).querySelector('.facts time')!.text).toBe(expected(locale));
	});

	it('writes a Pagefind bundle per language holding only that language’s texts', () => {
		for (const locale of LOCALES) {
			const entry = JSON.parse(readFileSync(join(dist, 'pagefind', locale, 'pagefind-entry.json'), 'utf8'));
			expect(Object.keys(entry.languages)).toEqual([locale]);
			const texts = [...model.achievements, ...model.cases].filter((item) => item.texts[locale]).length;
			expect(entry.languages[locale].page_count).toBe(texts);
		}
	});
});

describe('a build with a wrong field', () => {
	it('fails and names the file, the field, the problem and the allowed values', () => {
		const fixture = makeContentFixture();
		try {
			fixture.setField('achievements/to-0005/index.md', 'sector', 'sector: fisheries');
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
			expect(output).toMatch(/achievements\/to-0005\/index\.md: field "sector": "fisheries" is not a sector; allowed values: marine-biotech, marine-equipment/);
			expect(existsSync(join(fixture.root, 'dist', 'index.html'))).toBe(false);
		} finally {
			fixture.remove();
		}
	});
});
