import type { APIRoute } from 'astro';
import { LOCALES } from '../../content/core/schema/locale.ts';
import { alternateLinks } from '../lib/head/alternates.ts';
import { absoluteUrl } from '../../content/core/urls/paths.ts';
import { getContentModel } from '../lib/content/model.ts';
import { listLocalizedPages } from '../lib/routing/page-list.ts';

// Hand-written rather than @astrojs/sitemap: its i18n mode names every locale as an
// alternate, but ours must name only real translations (fallback pages are not translations).
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ locals }) => {
	const { market } = locals;
	const pages = listLocalizedPages(await getContentModel());
	const urls = pages.flatMap((page) => {
		const links = alternateLinks(page.translated, page.pathFor, market)
			.map((link) => `    <xhtml:link rel="alternate" hreflang="${link.hreflang}" href="${escapeXml(link.href)}"/>`)
			.join('\n');
		return LOCALES.map((locale) => `  <url>\n    <loc>${escapeXml(absoluteUrl(page.pathFor(locale), market.siteUrl))}</loc>\n${links}\n  </url>`);
	});
	const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>\n    <loc>${escapeXml(absoluteUrl('/', market.siteUrl))}</loc>\n  </url>
${urls.join('\n')}
</urlset>
`;
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
