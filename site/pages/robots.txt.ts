import type { APIRoute } from 'astro';
import { readMarket } from '../../content/model/read-market.ts';
import { absoluteUrl } from '../i18n/paths.ts';

export const GET: APIRoute = () => {
	const { siteUrl } = readMarket();
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', siteUrl)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
