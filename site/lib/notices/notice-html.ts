import type { Item } from '../../../content/core/model/item.ts';
import type { Locale } from '../../../content/core/schema/locales.ts';
import type { PublicationStatus } from '../../../content/core/schema/publication.ts';
import { needsTranslationNotice, translationStatus } from '../../../content/core/translation/translation-status.ts';
import { itemPath, paths } from '../../../content/core/urls/paths.ts';
import { languageName } from '../../i18n/format.ts';
import { html, type SafeHtml } from '../html/html-template.ts';

/**
 * The notes above an item's text, written as strings (the offer page is written 8,000 times at
 * 2,000 offers; see lib/page-templates/): its publication state, a fallback language, an outdated
 * or machine-made translation. The Astro components of the same names wrap these.
 */
export type NoticeLocals = Pick<App.Locals, 'locale' | 't'>;

/** A draft's red banner (only `astro dev` builds drafts) or an archived item's notice; nothing for a published item. */
export function publicationNoticeHtml(kind: 'achievement' | 'case', status: PublicationStatus, { locale, t }: NoticeLocals): SafeHtml | null {
	if (status === 'draft') return html`<p class="draft-banner" role="note">${t('publication.draft')}</p>`;
	if (status === 'archived') return html`<p class="archived-notice" role="note">${t(`publication.archived.${kind}`)} <a href="${paths.achievements(locale)}">${t('publication.currentOffers')}</a></p>`;
	return null;
}

/** Says which language the page shows instead of the visitor's (`lang`: the text's real language). */
export function fallbackNoticeHtml(kind: 'achievement' | 'case' | 'page', lang: Locale, { locale, t }: NoticeLocals): SafeHtml {
	return html`<p class="fallback-notice" role="note">${t(`fallback.${kind}`, { language: languageName(lang, locale) })}</p>`;
}

/** Warns that the shown text is an outdated or machine-made translation, linking to the source version; nothing otherwise. */
export function translationNoticeHtml(item: Item<{ sourceLocale: Locale }, unknown>, folder: string, lang: Locale, { locale, t }: NoticeLocals): SafeHtml | null {
	const status = translationStatus(item as never, lang);
	if (!needsTranslationNotice(status)) return null;
	const source = item.facts.sourceLocale;
	return html`<p class="translation-notice" role="note" data-translation-state="${status.state}"${status.machine ? html` data-machine="true"` : null}>${status.state === 'outdated' ? t('translationNotice.outdated') : null}${status.machine ? ` ${t('translationNotice.machine')}` : null} <a href="${itemPath(folder, source, item.id)}" hreflang="${source}">${t('translationNotice.original', { language: languageName(source, locale) })}</a></p>`;
}
