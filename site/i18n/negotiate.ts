import { isLocale, type Locale } from '../../content/core/schema/locales.ts';

/**
 * Languages whose readers more likely read one of ours than English: Central Asian and
 * Caucasian SCO languages read Russian; Scandinavian languages read Norwegian Bokmål.
 */
const NEIGHBOURS: Record<string, Locale> = {
	no: 'nb', nn: 'nb', da: 'nb', sv: 'nb',
	kk: 'ru', ky: 'ru', tg: 'ru', uz: 'ru', be: 'ru', uk: 'ru', hy: 'ru', az: 'ru', mn: 'ru', tk: 'ru',
	yue: 'zh', wuu: 'zh',
};

/**
 * The locale to send a visitor to from `/`: an explicit earlier choice, else the first of the
 * browser's languages we have (then a neighbouring language we have), else the default.
 * @example negotiateLocale(['kk-KZ', 'en'], null, 'en') // 'en' (an exact match wins over a neighbour)
 */
export function negotiateLocale(preferred: readonly string[], stored: string | null, defaultLocale: Locale): Locale {
	if (isLocale(stored)) return stored;
	const bases = preferred.map((tag) => tag.toLowerCase().split(/[-_]/)[0] ?? '');
	const exact = bases.find((base) => isLocale(base));
	if (exact) return exact as Locale;
	for (const base of bases) {
		const neighbour = NEIGHBOURS[base];
		if (neighbour) return neighbour;
	}
	return defaultLocale;
}

/** localStorage key of the visitor's explicit language choice. */
export const LOCALE_CHOICE_KEY = 'silk-road:locale';
