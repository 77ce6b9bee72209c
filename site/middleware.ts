import { defineMiddleware } from 'astro:middleware';
import { readMarket } from '../content/model/read-market.ts';
import { isLocale } from '../content/schema/locale.ts';
import { getTranslator } from './i18n/translator.ts';

/** Gives every page its locale and translator, so components never receive them as props. */
export const onRequest = defineMiddleware((context, next) => {
	const param = context.params.locale;
	const locale = isLocale(param) ? param : readMarket().defaultLocale;
	context.locals.locale = locale;
	context.locals.t = getTranslator(locale);
	return next();
});
