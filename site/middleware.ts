import { defineMiddleware } from 'astro:middleware';
import { isLocale, type Locale } from '../content/core/schema/locales.ts';
import { getTranslator } from './i18n/translator.ts';
import { createLocalizer, type Localizer } from './lib/content/localize.ts';
import { getSiteContent } from './lib/content/model.ts';

const localizers = new Map<Locale, Localizer>();

/** Gives every page its locale, translator, market and localizer, so components never receive them as props. */
export const onRequest = defineMiddleware(async (context, next) => {
	const { market } = await getSiteContent();
	const param = context.params.locale;
	const locale = isLocale(param) ? param : market.defaultLocale;
	context.locals.locale = locale;
	context.locals.t = getTranslator(locale);
	context.locals.market = market;
	let localize = localizers.get(locale);
	// Under `astro dev` the market (and its fallback order) can change between requests.
	if (!localize || import.meta.env.DEV) localizers.set(locale, (localize = createLocalizer(locale, market.fallbackLocales)));
	context.locals.localize = localize;
	return next();
});
