import { itemIdSchema } from '../schema/fields.ts';
import { LOCALES, isLocale, type Locale } from '../schema/locales.ts';
import { PUBLICATION_STATUSES } from '../schema/publication.ts';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
import { cellText, type RawCell } from './clean-cell.ts';
import { LIST_COLUMNS, isMultiline, textColumn } from './columns.ts';
import { listSeparator, type MessageLocale, type Translate } from './messages.ts';
import { quoteValue, type ImportProblem } from './problems.ts';
import type { TableRow } from './read-table.ts';

/** Ids become folder names and URL segments: long enough for any scheme, short enough for every file system. */
export const MAX_ID_LENGTH = 64;

/** A language's text as a row gives it. */
export interface SuppliedText {
	title: string;
	summary: string | undefined;
	body: string;
}

/** A row turned into the shape of an offer's files, before the schemas check it. */
export interface RowOffer {
	row: TableRow;
	/** The id when it is a valid one. */
	id?: string;
	sourceLocale?: Locale;
	/** The facts the row gives, in the schema's field order, as they would be written to index.md. */
	facts: Record<string, unknown>;
	/** False when the status cell is empty: an existing offer keeps its status, a new one is published. */
	statusGiven: boolean;
	/** The languages the row has text for (an empty title means none). */
	texts: Partial<Record<Locale, SuppliedText>>;
	/** Columns already reported, so that the schemas' messages about them are not repeated. */
	flagged: Set<string>;
}

const ALLOWED: Record<string, () => string[]> = {
	sourceLocale: () => [...LOCALES],
	sector: () => codesOf(VOCABULARIES.sector),
	ipStatus: () => codesOf(VOCABULARIES.ipStatus),
	cooperationModes: () => codesOf(VOCABULARIES.cooperationMode),
	trl: () => codesOf(VOCABULARIES.trl),
	status: () => [...PUBLICATION_STATUSES],
	terms: () => ['negotiable', 'CNY 500,000-1,500,000'],
	contact: () => ['market', 'tto@example.org'],
};

/** Amounts: digits with thousands separators (1,500,000 · 1 500 000 · 1'500'000), optionally decimals. */
const AMOUNT_SEPARATORS = /[,'’\s\u00a0\u202f，]/g;
const DASHES = /[-–—~～]/;

/** Reads one row's cells into an offer's facts and texts, reporting what the import itself checks. */
export function parseRow(row: TableRow, t: Translate, locale: MessageLocale, problems: ImportProblem[], absent: ReadonlySet<string> = new Set()): RowOffer {
	// A column missing from the file is reported once for the file, not as an empty cell in every row.
	const flagged = new Set<string>(absent);
	const report = (column: string, problem: string, value?: unknown) => {
		flagged.add(column);
		problems.push({ scope: 'row', row, column, problem, ...(value === undefined ? {} : { value: quoteValue(value) }) });
	};

	/** A single-value cell as text; objects, lists and true/false where text belongs are reported. */
	const text = (column: string): string | undefined => {
		const cell = row.cells[column];
		if (typeof cell === 'boolean' || (typeof cell === 'object' && cell !== null && !(cell instanceof Date))) {
			report(column, t('notText', { type: Array.isArray(cell) ? '[…]' : typeof cell === 'boolean' ? String(cell) : '{…}' }), cell);
			return undefined;
		}
		return cellText(cell, isMultiline(column));
	};
	const required = (column: string): string | undefined => {
		const value = text(column);
		if (value === undefined && !flagged.has(column)) {
			const allowed = ALLOWED[column]?.();
			report(column, allowed ? t('requiredAllowed', { allowed: allowed.join(listSeparator(locale)) }) : t('required'));
		}
		return value;
	};
	const list = (column: string, isRequired: boolean): string[] | undefined => {
		const cell = row.cells[column];
		let items: string[];
		if (Array.isArray(cell)) items = cell.map((item) => cellText(item as RawCell, false)).filter((item): item is string => item !== undefined);
		else {
			const value = isRequired ? required(column) : text(column);
			items = value === undefined ? [] : value.split(/[;；]/).map((item) => item.trim()).filter(Boolean);
		}
		if (items.length === 0 && isRequired && !flagged.has(column)) report(column, t('requiredAllowed', { allowed: (ALLOWED[column]?.() ?? []).join(listSeparator(locale)) }));
		return items.length ? items : undefined;
	};

	// id
	let id: string | undefined;
	const idText = required('id');
	if (idText !== undefined) {
		const parsed = itemIdSchema.safeParse(idText);
		if (!parsed.success) report('id', parsed.error.issues[0]?.message ?? 'is not a valid id', idText);
		else if (idText.length > MAX_ID_LENGTH) report('id', t('idTooLong', { length: idText.length, max: MAX_ID_LENGTH }), idText);
		else id = idText;
	}

	const sourceText = required('sourceLocale');
	const sourceLocale = sourceText !== undefined && isLocale(sourceText) ? sourceText : undefined;

	// TRL: a number cell as it is; a text of digits as that number; any other text goes to the schema, which names the allowed values.
	let trl: unknown;
	const trlCell = row.cells.trl;
	if (typeof trlCell === 'number') trl = trlCell;
	else {
		const trlText = required('trl');
		trl = trlText !== undefined && /^[+-]?\d+(\.\d+)?$/.test(trlText) ? Number(trlText) : trlText;
	}

	// Owner: ownerName is the name in the source language; ownerName_<locale> add the others.
	const ownerName = required('ownerName');
	const names: Record<string, string> = {};
	if (ownerName !== undefined && sourceLocale) names[sourceLocale] = ownerName;
	for (const name of LOCALES) {
		const column = `ownerName_${name}`;
		const value = text(column);
		if (value === undefined) continue;
		if (name === sourceLocale && ownerName !== undefined && value !== ownerName) report(column, t('ownerNameConflict', { name: ownerName, locale: name, column }), value);
		else names[name] = value;
	}

	const facts: Record<string, unknown> = {
		sourceLocale: sourceText,
		sector: required('sector'),
		trl,
		ipStatus: required('ipStatus'),
		patents: list('patents', false),
		cooperationModes: list('cooperationModes', true),
		owner: { name: names, country: required('ownerCountry') },
		targetRegions: list('targetRegions', false),
		terms: parseTerms(required('terms')),
		contact: parseContact(required('contact')),
		published: required('published'),
		expires: text('expires'),
		status: text('status'),
	};
	const statusGiven = facts.status !== undefined;

	const texts: Partial<Record<Locale, SuppliedText>> = {};
	for (const name of LOCALES) {
		const title = text(textColumn('title', name));
		const summary = text(textColumn('summary', name));
		const body = text(textColumn('body', name));
		if (title !== undefined) texts[name] = { title, summary, body: body ?? '' };
		else {
			const filled = summary !== undefined ? textColumn('summary', name) : body !== undefined ? textColumn('body', name) : undefined;
			if (filled) report(filled, t('textWithoutTitle', { title: textColumn('title', name), locale: name }));
		}
	}

	return { row, ...(id ? { id } : {}), ...(sourceLocale ? { sourceLocale } : {}), facts, statusGiven, texts, flagged };

	function parseTerms(value: string | undefined): unknown {
		if (value === undefined) return undefined;
		if (value.toLowerCase() === 'negotiable') return 'negotiable';
		const match = /^([A-Za-z]{3})\s*(.+)$/.exec(value);
		const parts = match?.[2]?.split(DASHES);
		const amounts = parts?.length === 2 ? parts.map(parseAmount) : [];
		if (!match || amounts.length !== 2 || amounts.some((amount) => amount === undefined)) {
			report('terms', t('termsFormat'), value);
			return undefined;
		}
		return { min: amounts[0], max: amounts[1], currency: match[1]!.toUpperCase() };
	}

	function parseContact(value: string | undefined): unknown {
		if (value === undefined) return undefined;
		if (value.toLowerCase() === 'market') return 'market';
		if (value.includes('@')) return { email: value };
		report('contact', t('contactFormat'), value);
		return undefined;
	}
}

function parseAmount(text: string): number | undefined {
	const digits = text.replace(AMOUNT_SEPARATORS, '');
	return /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : undefined;
}

/** A hint for a list cell written with commas instead of semicolons. */
export function listHint(column: string, value: string, t: Translate): string {
	if (!LIST_COLUMNS.has(column) || !/[,，、]/.test(value)) return '';
	return t('listSeparator', { example: value.split(/\s*[,，、]\s*/).filter(Boolean).join(';') });
}
