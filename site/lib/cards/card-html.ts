import type { Achievement, Case } from '../../../content/core/model/build-model.ts';
import type { Locale } from '../../../content/core/schema/locale.ts';
import { paths } from '../../../content/core/urls/paths.ts';
import { labelOf } from '../../../content/core/vocabularies/index.ts';
import { languageName } from '../../i18n/format.ts';
import { html, raw, type SafeHtml } from '../html/html-template.ts';

/**
 * Cards, the sample badge and the shortlist toggle written as HTML strings: listing and sector
 * pages show every offer, 16,000 cards at 2,000 offers, where Astro's per-component work was a
 * fifth of the build (see BENCHMARKS.md). The Astro components of the same names wrap these.
 * A page that shows toggles must also render `ShortlistToggleScript.astro` once.
 */
export type CardLocals = Pick<App.Locals, 'locale' | 't' | 'localize'>;

export interface ItemCardProps {
	href: string;
	title: string;
	summary: string;
	/** The language title and summary are really in. */
	lang: Locale;
	/** Facts shown as tags, already in the page's language. */
	tags: readonly string[];
	sample: boolean;
	headingLevel?: 2 | 3 | undefined;
	/** Markup after the tags (the reference and the shortlist toggle of an offer). */
	inner?: SafeHtml | undefined;
}

export function sampleBadgeHtml({ t }: Pick<CardLocals, 't'>): SafeHtml {
	return html`<span class="badge badge-sample">${t('site.sampleBadge')}</span>`;
}

/** A card linking to an item; shared by offers, cases and collections. */
export function itemCardHtml(card: ItemCardProps, locals: CardLocals): SafeHtml {
	const { locale, t } = locals;
	const heading = raw(`h${card.headingLevel ?? 3}`);
	return html`<article class="card"><${heading} class="card-title" lang="${card.lang}"><a href="${card.href}">${card.title}</a></${heading}><p class="card-summary" lang="${card.lang}">${card.summary}</p><ul class="tags">${card.tags.map((tag) => html`<li>${tag}</li>`)}${card.lang !== locale ? html`<li class="tag-fallback">${t('fallback.short', { language: languageName(card.lang, locale) })}</li>` : null}${card.sample ? html`<li>${sampleBadgeHtml(locals)}</li>` : null}</ul>${card.inner}</article>`;
}

/**
 * The "Shortlist" toggle of an offer. Rendered hidden (keeping its place, so revealing it moves
 * nothing): its script reveals it only where it can keep a shortlist, so a page without
 * JavaScript shows no dead button. `title` and `lang` name the offer for screen readers where
 * many offers share a page; `withLink` adds a link to the shortlist (an offer's own page).
 */
export function shortlistToggleHtml(toggle: { id: string; withLink?: boolean; title?: string | undefined; lang?: Locale | undefined }, { locale, t }: Pick<CardLocals, 'locale' | 't'>): SafeHtml {
	return html`<shortlist-toggle class="shortlist-toggle" data-id="${toggle.id}" hidden="true"><button type="button" class="shortlist-button" aria-pressed="false"><span class="shortlist-mark" aria-hidden="true"></span>${t('shortlist.button')}${toggle.title ? html`<span class="visually-hidden"${toggle.lang ? html` lang="${toggle.lang}"` : null}>, ${toggle.title}</span>` : null}</button>${toggle.withLink ? html`<a href="${paths.shortlist(locale)}">${t('shortlist.view')}</a>` : null}</shortlist-toggle>`;
}

/** An offer's card: sector and TRL as tags, its reference and its shortlist toggle. */
export function achievementCardHtml(item: Achievement, locals: CardLocals, headingLevel?: 2 | 3): SafeHtml {
	const { locale, t, localize } = locals;
	const view = localize.item(item);
	const { title, summary } = view.text.data;
	return itemCardHtml(
		{
			href: paths.achievement(locale, item.id),
			title,
			summary,
			lang: view.lang,
			tags: [labelOf('sector', item.facts.sector, locale), t('achievement.trlValue', { level: item.facts.trl, label: labelOf('trl', item.facts.trl, locale) })],
			sample: item.facts.sample,
			headingLevel,
			inner: html`<p class="card-ref">${t('achievement.referenceValue', { id: item.id })}</p>${shortlistToggleHtml({ id: item.id, title, lang: view.lang }, locals)}`,
		},
		locals,
	);
}

/** Many offers' cards at once (listings, sector pages). */
export function achievementCardsHtml(items: readonly Achievement[], locals: CardLocals, headingLevel?: 2 | 3): string {
	return items.map((item) => achievementCardHtml(item, locals, headingLevel).value).join('');
}

/** A case's card: cooperation mode and year as tags. */
export function caseCardHtml(item: Case, locals: CardLocals, headingLevel?: 2 | 3): SafeHtml {
	const { locale, localize } = locals;
	const view = localize.item(item);
	return itemCardHtml(
		{
			href: paths.case(locale, item.id),
			title: view.text.data.title,
			summary: view.text.data.outcome,
			lang: view.lang,
			tags: [labelOf('cooperationMode', item.facts.mode, locale), String(item.facts.year)],
			sample: item.facts.sample,
			headingLevel,
		},
		locals,
	);
}

/** A titled grid of cards (related cases, offers of the same sector, source offers); `headingId` labels the section. */
export function cardSectionHtml(headingId: string, title: string, cards: SafeHtml): SafeHtml {
	return html`<section aria-labelledby="${headingId}"><h2 id="${headingId}">${title}</h2><div class="card-grid">${cards}</div></section>`;
}
