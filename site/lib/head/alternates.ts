import type { Locale } from '../../../content/core/schema/locale.ts';
import { absoluteUrl } from '../../../content/core/urls/paths.ts';

export interface AlternateLink {
	hreflang: string;
	href: string;
}

/**
 * hreflang links for a page: one per REAL translation (a fallback page would tell search
 * engines that untranslated text is a translation), plus x-default.
 * x-default is the default locale when translated, else the first real translation.
 */
export function alternateLinks(
	translated: readonly Locale[],
	pathFor: (locale: Locale) => string,
	options: { defaultLocale: Locale; siteUrl: string },
): AlternateLink[] {
	if (translated.length === 0) return [];
	const links: AlternateLink[] = translated.map((locale) => ({ hreflang: locale, href: absoluteUrl(pathFor(locale), options.siteUrl) }));
	const xDefault = translated.includes(options.defaultLocale) ? options.defaultLocale : translated[0]!;
	links.push({ hreflang: 'x-default', href: absoluteUrl(pathFor(xDefault), options.siteUrl) });
	return links;
}
