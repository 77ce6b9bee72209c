import { LOCALES, type Locale } from '../../../content/core/schema/locale.ts';

/** A CSS string literal: quotes, backslashes and line breaks escaped, so content cannot end the rule. */
export function cssString(text: string): string {
	return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\r\n\f]+/g, ' ').replace(/[<>]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * A page-number template ("Page {{page}} of {{pages}}") as a CSS `content` value with the page counters.
 * @example pageNumberContent('第{{page}}页，共{{pages}}页') // '"第" counter(page) "页，共" counter(pages) "页"'
 */
export function pageNumberContent(template: string): string {
	return template
		.split(/(\{\{\s*pages?\s*\}\})/)
		.filter(Boolean)
		.map((part) => (/^\{\{\s*pages\s*\}\}$/.test(part) ? 'counter(pages)' : /^\{\{\s*page\s*\}\}$/.test(part) ? 'counter(page)' : cssString(part)))
		.join(' ');
}

/** The named page of a dossier in `locale`, optionally side by side with `second`: `dossier-zh`, `dossier-zh-ru`. */
export const dossierPageName = (locale: Locale, second?: Locale) => (second ? `dossier-${locale}-${second}` : `dossier-${locale}`);

/**
 * The dossiers' A4 page boxes: a named page per language and per language pair, with the market's
 * name as running header and the page number in the margin boxes (Chromium 131+ draws them; CSS
 * cannot read text from the page, so the names are written into the stylesheet at build time).
 */
export function renderPageMargins(marketNames: Record<Locale, string>, pageNumbers: Record<Locale, string>, font: string): string {
	const rules = ['@page { size: A4; margin: 20mm 16mm 18mm; }'];
	for (const locale of LOCALES) {
		for (const second of [undefined, ...LOCALES.filter((code) => code !== locale)]) {
			const name = dossierPageName(locale, second);
			const header = second ? `${marketNames[locale]} · ${marketNames[second]}` : marketNames[locale];
			rules.push(
				`@page ${name} {`,
				`\t@top-center { content: ${cssString(header)}; font-family: ${font}; font-size: 8.5pt; color: #4a5565; }`,
				`\t@bottom-right { content: ${pageNumberContent(pageNumbers[locale])}; font-family: ${font}; font-size: 8.5pt; color: #4a5565; }`,
				'}',
				`html[data-dossier-page="${name}"] body { page: ${name}; }`,
			);
		}
	}
	return `${rules.join('\n')}\n`;
}
