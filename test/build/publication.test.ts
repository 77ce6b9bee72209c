import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isListed, publicationDay, publicationOf, visibleModel } from '../../content/core/model/publication.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { translationReport } from '../../content/core/translation/translation-report.ts';
import { translationStatus } from '../../content/core/translation/translation-status.ts';
import { listPages, page } from '../support/built-site.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// Fixture items (test/fixtures/content/README.md): fx-0008 draft, fx-0009 expired, fx-0010 archived,
// fc-0003 a case on fx-0010 and fx-0009; fx-0006 has an outdated English and a machine-made Russian translation.
const dist = inject('distDir');
const { model, market } = readContent(FIXTURE_CONTENT);
const pages = listPages(dist);
const site = market.siteUrl.replace(/\/$/, '');
const day = publicationDay();
const byState = (state: string) => model.achievements.filter((item) => publicationOf(item, day) === state).map((item) => item.id);
const drafts = byState('draft');
const expired = byState('expired');
const archived = byState('archived');
const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');

describe('publication states in the built site', () => {
	it('has drafts, expired and archived offers in the fixtures to test with', () => {
		expect(drafts).toEqual(['fx-0008']);
		expect(expired).toEqual(['fx-0009']);
		expect(archived).toEqual(['fx-0010']);
	});

	it('publishes no page for a draft or an expired offer, and names them nowhere', () => {
		for (const id of [...drafts, ...expired]) {
			for (const locale of LOCALES) expect(pages, `${locale} ${id}`).not.toContain(`/${locale}/achievements/${id}/`);
			expect(sitemap).not.toContain(`/achievements/${id}/`);
			for (const path of pages) expect(readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8'), `${path} names ${id}`).not.toContain(id);
		}
	});

	it('keeps an archived offer’s page in every locale with a notice in the visitor’s language, but lists it nowhere', () => {
		const id = archived[0]!;
		for (const locale of LOCALES) {
			const doc = page(dist, `/${locale}/achievements/${id}/`);
			const notice = doc.querySelector('.archived-notice');
			expect(notice, locale).not.toBeNull();
			expect(notice!.closest('[lang]')?.getAttribute('lang') ?? doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
			expect(notice!.querySelector('a')!.getAttribute('href')).toBe(`/${locale}/achievements/`);
			const listing = page(dist, `/${locale}/achievements/`).querySelectorAll('a').map((link) => link.getAttribute('href'));
			expect(listing).not.toContain(`/${locale}/achievements/${id}/`);
			const sector = model.achievements.find((item) => item.id === id)!.facts.sector;
			expect(page(dist, `/${locale}/achievements/sector/${sector}/`).querySelectorAll('a').map((link) => link.getAttribute('href'))).not.toContain(`/${locale}/achievements/${id}/`);
			expect(readFileSync(join(dist, locale, 'rss.xml'), 'utf8')).not.toContain(`/achievements/${id}/`);
		}
		expect(page(dist, '/zh/achievements/fx-0010/').querySelector('.archived-notice')!.text).toMatch(/\p{Script=Han}/u);
		expect(page(dist, '/ru/achievements/fx-0010/').querySelector('.archived-notice')!.text).toMatch(/\p{Script=Cyrillic}/u);
		expect(sitemap).not.toContain(`/achievements/${id}/`);
	});

	it('counts only listed offers in the sector list and on the home page', () => {
		const listed = visibleModel(model, { day, drafts: false }).achievements.filter(isListed);
		const home = page(dist, '/en/').text;
		expect(home).toContain(`(${listed.length} `);
		expect(listed.map((item) => item.id)).not.toContain('fx-0010');
	});

	it('builds a case on an archived and an expired offer: the archived one is linked, the expired one is not', () => {
		const doc = page(dist, '/en/cases/fc-0003/');
		const links = doc.querySelectorAll('a').map((link) => link.getAttribute('href'));
		expect(links).toContain('/en/achievements/fx-0010/');
		expect(links).not.toContain('/en/achievements/fx-0009/');
		expect(page(dist, '/en/cases/').querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain('/en/cases/fc-0003/');
	});

	it('has no draft banner in a public build', () => {
		for (const path of pages) expect(page(dist, path).querySelector('.draft-banner'), path).toBeNull();
	});
});

describe('translation status on pages', () => {
	const item = model.achievements.find((entry) => entry.id === 'fx-0006')!;

	it('tells the reader of an outdated translation, in their language, with a link to the source-language version', () => {
		expect(translationStatus(item, 'en').state).toBe('outdated');
		const notice = page(dist, '/en/achievements/fx-0006/').querySelector('.translation-notice')!;
		expect(notice.getAttribute('data-translation-state')).toBe('outdated');
		const link = notice.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('/zh/achievements/fx-0006/');
		expect(link.getAttribute('hreflang')).toBe('zh');
		expect(link.text).toMatch(/Chinese/);
		// nb has no text and falls back to the (outdated) English: the reader is told that too, in Norwegian.
		const nb = page(dist, '/nb/achievements/fx-0006/').querySelector('.translation-notice')!;
		expect(nb.getAttribute('data-translation-state')).toBe('outdated');
		expect(nb.text).toMatch(/originalen/);
	});

	it('tells the reader of a machine translation', () => {
		expect(translationStatus(item, 'ru')).toMatchObject({ state: 'current', machine: true });
		const notice = page(dist, '/ru/achievements/fx-0006/').querySelector('.translation-notice')!;
		expect(notice.getAttribute('data-machine')).toBe('true');
		expect(notice.text).toMatch(/машинн/);
	});

	it('shows no notice on an up-to-date translation or on the source', () => {
		expect(translationStatus(model.achievements.find((entry) => entry.id === 'fx-0001')!, 'en').state).toBe('current');
		expect(page(dist, '/en/achievements/fx-0001/').querySelector('.translation-notice')).toBeNull();
		expect(page(dist, '/zh/achievements/fx-0006/').querySelector('.translation-notice')).toBeNull();
	});
});

describe('the staff translation report page', () => {
	const report = translationReport(visibleModel(model, { day, drafts: false }));

	it('exists in every locale, shows the same states as npm run i18n:status, with totals', () => {
		for (const locale of LOCALES) {
			const doc = page(dist, `/${locale}/staff/translations/`);
			expect(doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
			for (const row of report.rows) {
				const tr = doc.querySelector(`tr[data-item="${row.kind}/${row.id}"]`)!;
				expect(tr, row.id).not.toBeNull();
				expect(tr.querySelectorAll('td').map((cell) => cell.getAttribute('data-state'))).toEqual(row.statuses.map((status) => status.state));
			}
			for (const code of LOCALES) expect(doc.querySelector(`td[data-locale="${code}"][data-total="outdated"]`)!.text).toBe(String(report.totals[code].outdated));
		}
		const row = page(dist, '/en/staff/translations/').querySelector('tr[data-item="achievements/fx-0006"]')!;
		expect(row.querySelector('td[data-locale="en"]')!.getAttribute('data-state')).toBe('outdated');
		expect(row.querySelector('td[data-locale="ru"] .state-machine')).not.toBeNull();
	});

	it('is kept from search engines and from public navigation', () => {
		const doc = page(dist, '/en/staff/translations/');
		expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
		expect(sitemap).not.toContain('/staff/');
		const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
		for (const locale of LOCALES) expect(robots).toContain(`Disallow: /${locale}/staff/`);
		for (const path of pages.filter((candidate) => !candidate.includes('/staff/'))) {
			expect(page(dist, path).querySelectorAll('a[href*="/staff/"]').length, path).toBe(0);
		}
		expect(site).toMatch(/^https:/);
	});
});
