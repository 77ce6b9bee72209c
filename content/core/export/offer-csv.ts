import type { CatalogueOffer, CatalogueTerms } from '../catalogue/catalogue-schema.ts';
import { FACT_COLUMNS } from '../import/columns.ts';
import { LOCALES } from '../schema/locales.ts';

// Free of dependencies (types and the import's column list): the shortlist page builds its CSV download with it in the browser.

/**
 * The columns of an offer export, in order. Where they overlap they are the columns of the staff
 * import format; lists are `;`-separated. `title_<lang>` and `summary_<lang>` are filled in the
 * language the text is really in (a fallback text is not presented as a translation).
 */
export const OFFER_CSV_COLUMNS = [
	// The import's fact columns (one list, the public contract), less `status`: only published offers are exported.
	...FACT_COLUMNS.filter((column): column is Exclude<(typeof FACT_COLUMNS)[number], 'status'> => column !== 'status'),
	...LOCALES.flatMap((locale) => [`title_${locale}`, `summary_${locale}`] as const),
	'url',
] as const;

/**
 * Terms as the import format writes them: `negotiable`, or the currency and the range with
 * thousands separators.
 * @example termsCell({ min: 500000, max: 1500000, currency: 'CNY' }) // 'CNY 500,000-1,500,000'
 */
export function termsCell(terms: CatalogueTerms): string {
	if (terms === 'negotiable') return terms;
	const amount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
	return `${terms.currency} ${amount.format(terms.min)}-${amount.format(terms.max)}`;
}

/** One offer as a record of export cells, by column. */
export function offerCsvRecord(offer: CatalogueOffer): Record<(typeof OFFER_CSV_COLUMNS)[number], string> {
	const record = Object.fromEntries(OFFER_CSV_COLUMNS.map((column) => [column, ''])) as Record<(typeof OFFER_CSV_COLUMNS)[number], string>;
	Object.assign(record, {
		id: offer.id,
		sourceLocale: offer.sourceLocale,
		sector: offer.sector,
		trl: String(offer.trl),
		ipStatus: offer.ipStatus,
		patents: offer.patents.join(';'),
		cooperationModes: offer.cooperationModes.join(';'),
		ownerName: offer.owner.name,
		ownerCountry: offer.owner.country,
		targetRegions: offer.targetRegions.join(';'),
		terms: termsCell(offer.terms),
		contact: offer.contact === 'market' ? 'market' : offer.contact.email,
		published: offer.published,
		expires: offer.expires ?? '',
		url: offer.url,
	});
	for (const locale of LOCALES) record[`ownerName_${locale}`] = offer.owner.names[locale] ?? '';
	record[`title_${offer.lang}`] = offer.title;
	record[`summary_${offer.lang}`] = offer.summary;
	return record;
}

/**
 * A cell as RFC 4180 writes it, after the OWASP guard against formula injection: text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return)
 * gets a leading `'`. Content is untrusted.
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string): string {
	const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * A CSV file of offers that Excel opens correctly in any script: UTF-8 with a byte-order mark,
 * a header row, CRLF line ends.
 */
export function offersCsv(offers: readonly CatalogueOffer[]): string {
	const rows = [[...OFFER_CSV_COLUMNS], ...offers.map((offer) => {
		const record = offerCsvRecord(offer);
		return OFFER_CSV_COLUMNS.map((column) => record[column]);
	})];
	return `\uFEFF${rows.map((row) => row.map((value) => csvCell(value ?? '')).join(',')).join('\r\n')}\r\n`;
}
