import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { achievementsNewestFirst } from '../../../content/core/model/orderings.ts';
import { isLocale } from '../../../content/core/schema/locale.ts';
import { labelOf } from '../../../content/core/vocabularies/index.ts';
import { absoluteUrl, paths } from '../../../content/core/urls/paths.ts';
import { getTranslator } from '../../i18n/translator.ts';
import { getContentModel } from '../../lib/content/model.ts';
import { localeStaticPaths } from '../../lib/routing/static-paths.ts';

export const getStaticPaths = localeStaticPaths;

/** One feed per locale of the newest technology offers, each in the best language available. */
export const GET: APIRoute = async ({ params, locals }) => {
	if (!isLocale(params.locale)) return new Response(null, { status: 404 });
	const locale = params.locale;
	const t = getTranslator(locale);
	const { market, localize } = locals;
	const model = await getContentModel();
	const newest = achievementsNewestFirst(model).slice(0, 50);
	return rss({
		title: t('feed.title', { portal: market.portalName[locale] }),
		description: t('feed.description', { market: market.name[locale] }),
		site: absoluteUrl(paths.home(locale), market.siteUrl),
		customData: `<language>${locale}</language>`,
		items: newest.map((item) => {
			const view = localize.item(item);
			return {
				title: view.text.data.title,
				description: view.text.data.summary,
				link: absoluteUrl(paths.achievement(locale, item.id), market.siteUrl),
				pubDate: item.facts.published,
				categories: [labelOf('sector', item.facts.sector, locale)],
			};
		}),
	});
};
