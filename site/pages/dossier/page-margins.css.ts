import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../../content/core/schema/locale.ts';
import { getTranslator } from '../../i18n/translator.ts';
import { getSiteContent } from '../../lib/content/model.ts';
import { renderPageMargins } from '../../lib/dossier/page-margins.ts';

/** The system font stacks the site uses, so margin boxes draw Chinese and Cyrillic with real glyphs. */
const FONT = "system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif";

/** `/dossier/page-margins.css`: running header and page numbers of printed dossiers, in every language. */
export const GET: APIRoute = async () => {
	const { market } = await getSiteContent();
	const pageNumbers = Object.fromEntries(LOCALES.map((locale) => [locale, getTranslator(locale)('dossier.pageNumber', { page: '{{page}}', pages: '{{pages}}' })])) as Record<Locale, string>;
	return new Response(renderPageMargins(market.name, pageNumbers, FONT), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
