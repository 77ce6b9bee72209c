import type { APIRoute } from 'astro';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { absoluteUrl, paths } from '../../content/core/urls/paths.ts';

export const GET: APIRoute = ({ locals }) => {
	const { siteUrl } = locals.market;
	// Staff pages are built for the market's staff, not for search engines.
	const staff = LOCALES.map((locale) => `Disallow: ${paths.staffPrefix(locale)}\n`).join('');
	return new Response(`User-agent: *\nAllow: /\n${staff}\nSitemap: ${absoluteUrl('/sitemap.xml', siteUrl)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
