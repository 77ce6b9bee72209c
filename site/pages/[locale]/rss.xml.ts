import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { KIND_NAMES, kindOf } from '../../../content/core/kinds/index.ts';
import { listedItemsOf } from '../../../content/core/model/publication.ts';
import { isLocale } from '../../../content/core/schema/locale.ts';
import { labelOf } from '../../../content/core/vocabularies/index.ts';
import { absoluteUrl, itemPath, paths } from '../../../content/core/urls/paths.ts';
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
	// Every kind with a feed date, newest first (offers today; a new kind joins by giving its descriptor a feedDate).
	const newest = KIND_NAMES.flatMap((name) => {
		const kind = kindOf(name);
		return kind.feedDate ? listedItemsOf(model, name).map((item) => ({ name, kind, item, date: kind.feedDate!(item) })) : [];
	})
		.sort((a, b) => b.date.getTime() - a.date.getTime() || (a.item.id < b.item.id ? -1 : 1))
		.slice(0, 50);
	return rss({
		title: t('feed.title', { portal: market.portalName[locale] }),
		description: t('feed.description', { market: market.name[locale] }),
		site: absoluteUrl(paths.home(locale), market.siteUrl),
		customData: `<language>${locale}</language>`,
		items: newest.map(({ name, kind, item, date }) => {
			const shown = kind.searchText(localize.item(item).text.data);
			const { sector } = kind.searchFacts(item, locale, (names) => localize.name(names).value);
			return {
				title: shown.title,
				description: shown.summary,
				link: absoluteUrl(itemPath(name, locale, item.id), market.siteUrl),
				pubDate: date,
				categories: sector ? [labelOf('sector', sector, locale)] : [],
			};
		}),
	});
};
