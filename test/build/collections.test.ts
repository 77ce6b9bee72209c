import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { publicationDay, visibleModel } from '../../content/core/model/publication.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { listPages, page } from '../support/built-site.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// The fixture collections: fk-0001 lists [fx-0006, fx-0001, fx-0002, fx-0003] (see test/fixtures/content/README.md).
const dist = inject('distDir');
const { model, market } = readContent(FIXTURE_CONTENT);
const pages = listPages(dist);
const site = market.siteUrl.replace(/\/$/, '');
const ORDER = ['fx-0006', 'fx-0001', 'fx-0002', 'fx-0003'];

describe('collection pages', () => {
	it('exist in every locale: the index and each collection', () => {
		for (const locale of LOCALES) {
			expect(pages).toContain(`/${locale}/collections/`);
			for (const item of model.collections) {
				expect(pages).toContain(`/${locale}/collections/${item.id}/`);
				expect(pages).toContain(`/${locale}/collections/${item.id}/dossier/`);
			}
		}
	});

	it('list the offers in the order the collection gives, as cards linking to the offers in the page’s language', () => {
		for (const locale of LOCALES) {
			const items = page(dist, `/${locale}/collections/fk-0001/`).querySelectorAll('.collection-offers > li');
			expect(items.map((item) => item.getAttribute('data-offer'))).toEqual(ORDER);
			expect(items.map((item) => item.querySelector('.card-title a')!.getAttribute('href'))).toEqual(ORDER.map((id) => `/${locale}/achievements/${id}/`));
		}
	});

	it('offer the dossier and “shortlist all” with every offer in order', () => {
		const doc = page(dist, '/ru/collections/fk-0001/');
		const links = doc.querySelectorAll('.collection-actions a').map((link) => link.getAttribute('href'));
		expect(links).toEqual(['/ru/collections/fk-0001/dossier/', `/ru/shortlist/?add=${ORDER.join(',')}`]);
	});

	it('leave out an archived offer, keep the order of the others and say that one was left out', () => {
		const doc = page(dist, '/en/collections/fk-0002/');
		expect(doc.querySelectorAll('.card-title a').map((link) => link.getAttribute('href'))).toEqual(['/en/achievements/fx-0007/', '/en/achievements/fx-0004/']);
		expect(doc.text).toContain('1 offer of this collection is no longer offered and is not shown.');
	});

	it('show an untranslated collection in its fallback language, marked, and name only real translations in hreflang', () => {
		const doc = page(dist, '/zh/collections/fk-0002/');
		expect(doc.querySelector('h1')!.getAttribute('lang')).toBe('en');
		expect(doc.querySelector('.fallback-notice')).not.toBeNull();
		expect(doc.querySelectorAll('link[rel=alternate][hreflang]').map((link) => link.getAttribute('hreflang'))).toEqual(['en', 'x-default']);
	});

	it('are listed on the index newest first, and linked from the footer and the offers listing', () => {
		const index = page(dist, '/nb/collections/');
		expect(index.querySelectorAll('.card-title a').map((link) => link.getAttribute('href'))).toEqual(['/nb/collections/fk-0001/', '/nb/collections/fk-0002/']);
		for (const path of ['/nb/', '/nb/achievements/']) expect(page(dist, path).querySelector('a[href="/nb/collections/"]'), path).not.toBeNull();
	});

	it('are in the sitemap; dossiers are not (they are print documents, marked noindex)', () => {
		const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${site}/en/collections/fk-0001/</loc>`);
		expect(sitemap).toContain(`<loc>${site}/ru/collections/</loc>`);
		expect(sitemap).not.toMatch(/\/dossier\/<\/loc>/);
		for (const path of pages.filter((candidate) => candidate.endsWith('/dossier/'))) {
			expect(page(dist, path).querySelector('meta[name=robots]')?.getAttribute('content'), path).toBe('noindex');
		}
	});
});

describe('dossier pages', () => {
	it('exist for every offer in every locale, linked from the offer’s page', () => {
		for (const locale of LOCALES) {
			// Every offer with a page (archived ones too, so printed dossiers' links keep working); drafts and expired ones have none.
			for (const item of visibleModel(model, { day: publicationDay(), drafts: false }).achievements) {
				expect(pages).toContain(`/${locale}/achievements/${item.id}/dossier/`);
				expect(page(dist, `/${locale}/achievements/${item.id}/`).querySelector(`a[href="/${locale}/achievements/${item.id}/dossier/"]`)).not.toBeNull();
			}
			expect(pages).toContain(`/${locale}/shortlist/dossier/`);
		}
	});

	it('print, beside each offer, the URL its QR code opens: the offer’s page in the dossier’s language', () => {
		for (const locale of LOCALES) {
			const doc = page(dist, `/${locale}/collections/fk-0001/dossier/`);
			const sections = doc.querySelectorAll('.dossier-offer');
			expect(sections.map((section) => section.getAttribute('data-pair'))).toEqual(ORDER.map((id) => `offer:${id}`));
			expect(sections.map((section) => section.querySelector('.dossier-url')!.text)).toEqual(ORDER.map((id) => `${site}/${locale}/achievements/${id}/`));
			expect(sections.every((section) => section.querySelector('.dossier-qr svg path[stroke]'))).toBe(true);
			expect(doc.querySelectorAll('.dossier-contents tbody tr').map((row) => row.getAttribute('data-offer'))).toEqual(ORDER);
		}
	});

	it('carry the cover (market, date, contact), a facts table with a header row, the summary and the body with headings below the offer’s', () => {
		const doc = page(dist, '/ru/achievements/fx-0001/dossier/');
		expect(doc.querySelector('html')!.getAttribute('lang')).toBe('ru');
		expect(doc.querySelector('.dossier-market')!.text).toBe(market.name.ru);
		expect(doc.querySelector('.dossier-date time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(doc.querySelector('.dossier-contact')!.text).toContain(market.email);
		const facts = doc.querySelector('.dossier-facts')!;
		expect(facts.querySelectorAll('thead th')).toHaveLength(2);
		expect(facts.querySelector('tr[data-fact=reference] td')!.text).toBe('fx-0001');
		expect(doc.querySelector('.dossier-summary')!.getAttribute('lang')).toBe('ru');
		expect(doc.querySelector('.dossier-body h3')).not.toBeNull();
		expect(doc.querySelector('.dossier-body h2')).toBeNull();
		expect(doc.querySelector('.dossier-enquiry')!.text).toContain('fx-0001');
	});

	it('mark an untranslated offer and give its text its real language', () => {
		const doc = page(dist, '/ru/achievements/fx-0002/dossier/');
		const side = doc.querySelector('.dossier-side')!;
		expect(side.getAttribute('data-text-lang')).toBe('zh');
		expect(side.querySelector('h2')!.getAttribute('lang')).toBe('zh');
		expect(side.querySelector('.dossier-body')!.getAttribute('lang')).toBe('zh');
		expect(side.querySelector('.dossier-untranslated')!.text).toMatch(/китайский/);
	});

	it('load only the dossier script (from this site) and a style sheet of page margins that names the market in every language', () => {
		const scripts = page(dist, '/en/achievements/fx-0001/dossier/').querySelectorAll('script[src]').map((script) => script.getAttribute('src'));
		expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/DossierLayout\.[\w-]+\.js$|^\/_astro\/DossierLayout\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
		expect(page(dist, '/en/achievements/fx-0001/dossier/').querySelectorAll('script:not([src])')).toHaveLength(0);
		const css = readFileSync(join(dist, 'dossier/page-margins.css'), 'utf8');
		for (const locale of LOCALES) expect(css).toContain(`content: "${market.name[locale]}"`);
	});
});
