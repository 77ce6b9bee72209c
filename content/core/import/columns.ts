import { LOCALES, type Locale } from '../schema/locales.ts';

/**
 * The interchange format of `npm run import`: one offer per row, these columns. The names are a
 * public contract (README.md, "Importing offers from spreadsheets"; content/examples/): never
 * rename one.
 */
export const FACT_COLUMNS = [
	'id',
	'sourceLocale',
	'sector',
	'trl',
	'ipStatus',
	'patents',
	'cooperationModes',
	'ownerName',
	...LOCALES.map((locale) => `ownerName_${locale}` as const),
	'ownerCountry',
	'targetRegions',
	'terms',
	'contact',
	'published',
	'expires',
	'status',
] as const;

export const TEXT_FIELDS = ['title', 'summary', 'body'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** `title_zh`, `summary_en`, `body_ru`, … */
export const textColumn = (field: TextField, locale: Locale) => `${field}_${locale}` as const;

export const TEXT_COLUMNS = LOCALES.flatMap((locale) => TEXT_FIELDS.map((field) => textColumn(field, locale)));

/** Every column, in the order of the examples. */
export const COLUMNS: readonly string[] = [...FACT_COLUMNS, ...TEXT_COLUMNS];

/** Columns every file must have (their cells may still be checked further). */
export const REQUIRED_COLUMNS: readonly string[] = ['id', 'sourceLocale', 'sector', 'trl', 'ipStatus', 'cooperationModes', 'ownerName', 'ownerCountry', 'terms', 'contact', 'published'];

/** Columns whose cell holds several values separated by ";". */
export const LIST_COLUMNS: ReadonlySet<string> = new Set(['patents', 'cooperationModes', 'targetRegions']);

/** Columns whose cell is Markdown over several lines; in every other cell a line break is a space. */
export const isMultiline = (column: string) => column.startsWith('body_');

const KNOWN = new Set(COLUMNS);
export const isKnownColumn = (name: string) => KNOWN.has(name);

/** The known column a mistyped header most likely meant (`Title_EN`, `owner name`, `cooperationMode`), if one is close. */
export function closestColumn(name: string): string | undefined {
	const wanted = squash(name);
	if (!wanted) return undefined;
	// title_de, ownerName_kk: a language the portal does not have; no column is close to what was meant.
	const language = /[\s\-_.]([A-Za-z]{2})$/.exec(name.trim())?.[1]?.toLowerCase();
	if (language && !(LOCALES as readonly string[]).includes(language)) return undefined;
	let best: { column: string; distance: number } | undefined;
	for (const column of COLUMNS) {
		const distance = editDistance(wanted, squash(column));
		if (!best || distance < best.distance) best = { column, distance };
	}
	// One slip per four letters, at least two: "cooperationMode" → cooperationModes, "titel_en" → title_en.
	return best && best.distance <= Math.max(2, Math.floor(wanted.length / 4)) ? best.column : undefined;
}

/** Case, spaces, hyphens and underscores are the usual differences in hand-typed headers; the language suffix is kept. */
function squash(name: string): string {
	return name
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-_.]+/g, '_')
		.replace(/_(?!(zh|en|nb|ru)$)/g, '');
}

/** Damerau-Levenshtein distance (optimal string alignment): a swapped pair of letters is one slip. */
function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
			d[i]![j] = value;
		}
	}
	return d[rows - 1]![cols - 1]!;
}
