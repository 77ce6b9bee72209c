import type { Achievement, ContentModel } from '../../../content/core/model/build-model.ts';
import { casesOfAchievement, moreInSector } from '../../../content/core/model/orderings.ts';
import { absoluteUrl, paths } from '../../../content/core/urls/paths.ts';
import { labelOf } from '../../../content/core/vocabularies/index.ts';
import { formatDate, languageName, regionName } from '../../i18n/format.ts';
import { achievementCardHtml, cardSectionHtml, caseCardHtml, sampleBadgeHtml, shortlistToggleHtml } from '../cards/card-html.ts';
import { htmlOf } from '../content/localize.ts';
import { shownFacts } from '../content/shown-facts.ts';
import { mailtoUrl } from '../enquiry/mailto.ts';
import { html, raw, type SafeHtml } from '../html/html-template.ts';
import { fallbackNoticeHtml, publicationNoticeHtml, translationNoticeHtml } from '../notices/notice-html.ts';

/**
 * An offer's page below the header, written as a string: `astro dev` renders it into each offer's
 * page, `astro build` into every offer's copy of the page template (lib/page-templates/), because
 * 8,000 offer pages rendered by Astro were half of a 2,000-offer build. Every value is escaped by
 * `html`; the body is the sanitised HTML the content loader stored.
 * The page also needs `ShortlistToggleScript.astro` (the toggles' script).
 */
export type OfferPageLocals = Pick<App.Locals, 'locale' | 't' | 'localize' | 'market'>;

/** The offer's facts as a definition list: reference, sector, TRL, IP, patents, modes, owner, regions, terms, dates, original language. */
export function factsTableHtml(item: Achievement, { locale, t, localize }: OfferPageLocals): SafeHtml {
	const { facts } = item;
	const { owner, modes, regions, terms } = shownFacts(item, locale, t, localize);
	const row = (label: string, value: unknown, attributes?: SafeHtml) => html`<div><dt>${label}</dt><dd${attributes}>${value}</dd></div>`;
	const day = (date: Date) => html`<time datetime="${date.toISOString().slice(0, 10)}">${formatDate(date, locale)}</time>`;
	return html`<dl class="facts">${[
		row(t('achievement.reference'), item.id, raw(' translate="no"')),
		row(t('achievement.sector'), labelOf('sector', facts.sector, locale)),
		row(t('achievement.trl'), t('achievement.trlValue', { level: facts.trl, label: labelOf('trl', facts.trl, locale) })),
		row(t('achievement.ipStatus'), labelOf('ipStatus', facts.ipStatus, locale)),
		facts.patents?.length ? row(t('achievement.patents'), facts.patents.join(', '), raw(' translate="no"')) : null,
		row(t('achievement.modes'), modes.join(' · ')),
		row(t('achievement.owner'), html`<span lang="${owner.lang}">${owner.value}</span> (${regionName(facts.owner.country, locale)})`),
		regions.length ? row(t('achievement.targetRegions'), regions.join(' · ')) : null,
		row(t('achievement.terms'), terms),
		row(t('achievement.published'), day(facts.published)),
		facts.expires ? row(t('achievement.expires'), day(facts.expires)) : null,
		row(t('achievement.originalLanguage'), languageName(facts.sourceLocale, locale)),
	]}</dl>`;
}

/** The offer's pictures, with alt text along the fallback order; nothing when it has none. */
export function itemImagesHtml(item: Achievement, { localize }: Pick<OfferPageLocals, 'localize'>): SafeHtml | null {
	const images = item.facts.images ?? [];
	if (!images.length) return null;
	return html`<div class="item-images">${images.map((image) => {
		const alt = localize.name(image.alt);
		return html`<figure><img src="${paths.media('achievements', item.id, image.src)}" alt="${alt.value}" lang="${alt.lang}" loading="lazy" decoding="async"></figure>`;
	})}</div>`;
}

/** "Ask about this offer": an e-mail to the market or the owner, with the offer's reference, title and address filled in. */
export function enquiryHtml(item: Achievement, title: string, { locale, t, market }: OfferPageLocals): SafeHtml {
	const to = item.facts.contact === 'market' ? market.email : item.facts.contact.email;
	const url = absoluteUrl(paths.achievement(locale, item.id), market.siteUrl);
	const href = mailtoUrl(to, t('enquiry.subject', { id: item.id, title }), t('enquiry.body', { id: item.id, title, url }));
	return html`<section class="enquiry" aria-labelledby="enquiry-heading"><h2 id="enquiry-heading">${t('enquiry.heading')}</h2><p>${t(item.facts.contact === 'market' ? 'enquiry.lead' : 'enquiry.leadDirect', { id: item.id })}</p><p><a class="button" href="${href}">${t('enquiry.action')}</a> <span class="enquiry-address">${to}</span></p></section>`;
}

/** The whole `<article>` of an offer's page: breadcrumb, notices, title, body, facts, enquiry, dossier link, related cases, more in the sector. */
export function offerArticleHtml(item: Achievement, model: ContentModel, locals: OfferPageLocals): SafeHtml {
	const { locale, t, localize, market } = locals;
	const view = localize.item(item);
	const { title, summary } = view.text.data;
	const relatedCases = casesOfAchievement(model, item.id);
	const sameSector = moreInSector(model, item, 3);
	return html`<article class="wrap detail"><nav aria-label="${t('site.breadcrumb')}" class="breadcrumb"><a href="${paths.achievements(locale)}">${t('achievements.title')}</a><span aria-hidden="true">/</span><a href="${paths.sector(locale, item.facts.sector)}">${labelOf('sector', item.facts.sector, locale)}</a></nav>${publicationNoticeHtml('achievement', item.facts.status, locals)}${view.isFallback ? fallbackNoticeHtml('achievement', view.lang, locals) : null}${translationNoticeHtml(item, 'achievements', view.lang, locals)}<header class="detail-header"><h1 lang="${view.lang}">${title}</h1><p class="lead" lang="${view.lang}">${summary}</p>${item.facts.sample ? sampleBadgeHtml(locals) : null}${shortlistToggleHtml({ id: item.id, withLink: true }, locals)}<p class="print-only">${t('achievement.referenceValue', { id: item.id })} · ${absoluteUrl(paths.achievement(locale, item.id), market.siteUrl)}</p></header><div class="detail-layout"><div class="detail-main">${itemImagesHtml(item, locals)}<div class="detail-body prose" lang="${view.lang}">${raw(htmlOf(view.text))}</div></div><aside class="detail-aside" aria-labelledby="facts-heading"><h2 id="facts-heading">${t('achievement.facts')}</h2>${factsTableHtml(item, locals)}${enquiryHtml(item, title, locals)}<p class="dossier-link"><a href="${paths.achievementDossier(locale, item.id)}">${t('dossier.link')}</a> <span class="small">${t('dossier.linkHint')}</span></p></aside></div>${relatedCases.length ? cardSectionHtml('related-heading', t('achievement.relatedCases'), html`${relatedCases.map((entry) => caseCardHtml(entry, locals))}`) : null}${sameSector.length ? cardSectionHtml('same-sector-heading', t('achievement.moreInSector'), html`${sameSector.map((other) => achievementCardHtml(other, locals))}`) : null}</article>`;
}
