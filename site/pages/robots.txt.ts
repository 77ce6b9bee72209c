import type { APIRoute } from 'astro';
import { absoluteUrl } from '../../content/core/urls/paths.ts';

export const GET: APIRoute = ({ locals }) => {
	const { siteUrl } = locals.market;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml', siteUrl)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
