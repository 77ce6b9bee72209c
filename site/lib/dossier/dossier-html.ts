import type { Achievement } from '../../../content/core/model/build-model.ts';
import { publicationDay } from '../../../content/core/model/publication.ts';
import type { Locale } from '../../../content/core/schema/locales.ts';
import { absoluteUrl, paths } from '../../../content/core/urls/paths.ts';
import { labelOf } from '../../../content/core/vocabularies/index.ts';
import { formatDate, languageName, regionName } from '../../i18n/format.ts';
import { htmlOf } from '../content/localize.ts';
import { shownFacts } from '../content/shown-facts.ts';
import { html, raw, type SafeHtml } from '../html/html-template.ts';
import { buildQrSvg } from './qr-build-cache.ts';
import { shiftHeadings } from './shift-headings.ts';

/**
 * The parts of a dossier, written as HTML strings: a site of 2,000 offers prints 8,000 single-offer
 * dossiers, and as Astro components each cost as much as a whole page (see BENCHMARKS.md). The
 * dossier pages and the page-template writer (site/integrations/templated-pages.ts) both use these.
 * Every value is escaped by `html` except the sanitised Markdown body and the QR code we drew.
 */
export type DossierLocals = Pick<App.Locals, 'locale' | 't' | 'market' | 'localize'>;

/** The QR code of an offer's URL as markup: drawn here by default, or a slot the offer-dossier writer fills. */
export type QrMarkup = (url: string) => SafeHtml;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first page: market, title, date (today's, set again by the script when printed), the list of offers and where to send enquiries. */
export function dossierCoverHtml(
	cover: { title: string; titleLang?: Locale | undefined; summary?: string | undefined; offers: readonly Achievement[]; inner?: SafeHtml },
	{ locale, t, market, localize }: DossierLocals,
): SafeHtml {
	const lang = cover.titleLang ?? locale;
	const day = publicationDay();
	const kicker = t('dossier.kicker');
	const rows = cover.offers.map((item) => {
		const view = localize.item(item);
		return html`<tr data-offer="${item.id}"><td translate="no">${item.id}</td><td><a href="#offer-${item.id}" lang="${view.lang}">${view.text.data.title}</a></td><td>${labelOf('sector', item.facts.sector, locale)}</td><td>${item.facts.trl}</td></tr>`;
	});
	return html`<div class="dossier-cover" data-offers="${cover.offers.length}"><p class="dossier-market">${market.name[locale]}</p>${cover.title === kicker ? null : html`<p class="dossier-kicker">${kicker}</p>`}<h1 lang="${lang}">${cover.title}</h1>${cover.summary ? html`<p class="dossier-lead" lang="${lang}">${cover.summary}</p>` : null}<p class="dossier-date"><time datetime="${isoDay(day)}" data-dossier-today data-template="${t('dossier.preparedOn', { date: '{{date}}' })}">${t('dossier.preparedOn', { date: formatDate(day, locale) })}</time></p>${cover.inner}<h2 id="dossier-contents-heading">${t('dossier.offersHeading')}</h2><table class="dossier-contents" aria-labelledby="dossier-contents-heading"><thead><tr><th scope="col">${t('dossier.colReference')}</th><th scope="col">${t('dossier.colOffer')}</th><th scope="col">${t('dossier.colSector')}</th><th scope="col">${t('dossier.colTrl')}</th></tr></thead><tbody>${rows}</tbody></table><h2>${t('dossier.contactHeading')}</h2><p class="dossier-contact">${t('dossier.contactText', { market: market.name[locale], email: market.email, url: market.siteUrl.replace(/\/$/, '') })}</p></div>`;
}

/**
 * An offer's facts as a table for print: a header row that repeats if the table ever spans pages,
 * and one row per fact keyed by `data-fact`, so a second language's rows pair up by fact, not by position.
 */
export function dossierFactsHtml(item: Achievement, { locale, t, localize }: DossierLocals): SafeHtml {
	const { facts } = item;
	const { owner, modes, regions, terms } = shownFacts(item, locale, t, localize);
	const row = (fact: string, label: string, value: unknown, translate = true) =>
		html`<tr data-fact="${fact}"><th scope="row">${label}</th><td${translate ? null : raw(' translate="no"')}>${value}</td></tr>`;
	const date = (value: Date) => html`<time datetime="${isoDay(value)}">${formatDate(value, locale)}</time>`;
	return html`<table class="dossier-facts"><thead><tr><th scope="col">${t('dossier.colFact')}</th><th scope="col">${t('dossier.colValue')}</th></tr></thead><tbody>${[
		row('reference', t('achievement.reference'), item.id, false),
		row('sector', t('achievement.sector'), labelOf('sector', facts.sector, locale)),
		row('trl', t('achievement.trl'), t('achievement.trlValue', { level: facts.trl, label: labelOf('trl', facts.trl, locale) })),
		row('ipStatus', t('achievement.ipStatus'), labelOf('ipStatus', facts.ipStatus, locale)),
		facts.patents?.length ? row('patents', t('achievement.patents'), facts.patents.join(', '), false) : null,
		row('modes', t('achievement.modes'), modes.join(' · ')),
		row('owner', t('achievement.owner'), html`<span lang="${owner.lang}">${owner.value}</span> (${regionName(facts.owner.country, locale)})`),
		regions.length ? row('targetRegions', t('achievement.targetRegions'), regions.join(' · ')) : null,
		row('terms', t('achievement.terms'), terms),
		row('published', t('achievement.published'), date(facts.published)),
		facts.expires ? row('expires', t('achievement.expires'), date(facts.expires)) : null,
		row('originalLanguage', t('achievement.originalLanguage'), languageName(facts.sourceLocale, locale)),
	]}</tbody></table>`;
}

/**
 * One offer of a dossier: heading, summary, facts table and body in the dossier's language (or
 * the fallback, marked and with its real `lang`), and a QR code of the offer's page in that language.
 * `data-pair` and the `.dossier-side` let the bilingual script put the second language beside it.
 */
export function dossierOfferHtml(item: Achievement, locals: DossierLocals, qr: QrMarkup = (url) => raw(buildQrSvg(url))): SafeHtml {
	const { locale, t, market, localize } = locals;
	const view = localize.item(item);
	const { title, summary } = view.text.data;
	const url = absoluteUrl(paths.achievement(locale, item.id), market.siteUrl);
	const email = item.facts.contact === 'market' ? market.email : item.facts.contact.email;
	const headingId = `offer-${item.id}-title`;
	const untranslated = view.isFallback
		? html`<p class="dossier-untranslated" role="note">${t('dossier.untranslated', { language: languageName(locale, locale), shown: languageName(view.lang, locale) })}</p>`
		: null;
	return html`<section class="dossier-offer" id="offer-${item.id}" data-pair="offer:${item.id}" aria-labelledby="${headingId}"><figure class="dossier-qr">${qr(url)}<figcaption><span class="dossier-qr-caption">${t('dossier.qrCaption')}</span><span class="dossier-url" translate="no">${url}</span><span class="dossier-enquiry">${t('dossier.enquiries', { email, id: item.id })}</span></figcaption></figure><div class="dossier-side" data-locale="${locale}" data-text-lang="${view.lang}"><h2 id="${headingId}" lang="${view.lang}"><span class="dossier-ref" translate="no">${item.id}</span> ${title}</h2>${untranslated}<p class="dossier-summary" lang="${view.lang}">${summary}</p>${dossierFactsHtml(item, locals)}<div class="dossier-body" lang="${view.lang}">${raw(shiftHeadings(htmlOf(view.text), 1))}</div></div></section>`;
}

/** Everything inside a single offer's dossier (`/{locale}/achievements/{id}/dossier/`): its cover and its section. */
export function offerDossierHtml(item: Achievement, locals: DossierLocals, qr?: QrMarkup): SafeHtml {
	return html`${dossierCoverHtml({ title: locals.t('dossier.kicker'), offers: [item] }, locals)}<div class="dossier-offers">${dossierOfferHtml(item, locals, qr)}</div>`;
}
