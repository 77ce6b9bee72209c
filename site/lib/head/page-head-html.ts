import { LOCALES, type Locale } from '../../../content/core/schema/locale.ts';
import { absoluteUrl, paths } from '../../../content/core/urls/paths.ts';
import { html, raw, type SafeHtml } from '../html/html-template.ts';
import { alternateLinks } from './alternates.ts';
import { serializeJsonLd } from './json-ld.ts';

/** What a page says about itself in `<head>`. */
export interface PageHead {
	title: string;
	description: string;
	/** This page's URL in each locale (every page exists in every locale). */
	pathFor: (locale: Locale) => string;
	/** Locales with a real translation of this page's content; hreflang names only these. */
	translated?: readonly Locale[] | undefined;
	section?: 'home' | 'achievements' | 'cases' | 'search' | 'about' | undefined;
	jsonLd?: unknown;
	noindex?: boolean | undefined;
}

/**
 * The page-specific part of `<head>`: title, description, canonical and hreflang links, feed,
 * icon, Open Graph and JSON-LD. BaseLayout renders it for every page; the offer page template
 * (lib/page-templates/) writes it per offer.
 */
export function pageHeadHtml(head: PageHead, { locale, t, market }: Pick<App.Locals, 'locale' | 't' | 'market'>): SafeHtml {
	const { title, description, pathFor, translated = LOCALES, section, jsonLd, noindex = false } = head;
	const portal = market.portalName[locale];
	const fullTitle = section === 'home' ? `${portal} · ${market.shortName[locale]}` : `${title} · ${portal}`;
	const canonical = absoluteUrl(pathFor(locale), market.siteUrl);
	const alternates = noindex ? [] : alternateLinks(translated, pathFor, market);
	return html`<title>${fullTitle}</title><meta name="description" content="${description}">${noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${canonical}">`}${alternates.map((link) => html`<link rel="alternate" hreflang="${link.hreflang}" href="${link.href}">`)}<link rel="alternate" type="application/rss+xml" title="${t('site.rss')}" href="${paths.feed(locale)}"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:url" content="${canonical}"><meta property="og:site_name" content="${portal}"><meta property="og:locale" content="${locale}">${jsonLd ? html`<script type="application/ld+json">${raw(serializeJsonLd(jsonLd))}</script>` : null}`;
}
