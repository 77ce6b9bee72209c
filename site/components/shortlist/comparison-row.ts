import type { Catalogue, CatalogueOffer, CatalogueTerms } from '../../../content/core/catalogue/catalogue-schema.ts';
import { fill } from '../search/messages.ts';
import type { ShortlistMessages } from './shortlist-messages.ts';

/** What every row of one page shares: its language, strings and the catalogue's labels. */
export interface RowContext {
	locale: string;
	messages: ShortlistMessages;
	vocabularies: Catalogue['vocabularies'];
}

// Content is untrusted: every value goes in as text (textContent), never as markup.
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, lang?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	if (lang) node.lang = lang;
	return node;
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A region or language name in the page's language; the code itself if the browser has no name. */
function nameOf(type: 'region' | 'language', code: string, locale: string): string {
	const key = `${type}:${locale}`;
	let names = displayNames.get(key);
	if (!names) displayNames.set(key, (names = new Intl.DisplayNames([locale], { type })));
	try {
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}

function termsText(terms: CatalogueTerms, context: RowContext): string {
	if (terms === 'negotiable') return context.messages.negotiable;
	const format = new Intl.NumberFormat(context.locale, { style: 'currency', currency: terms.currency, maximumFractionDigits: 0 });
	return terms.min === terms.max ? format.format(terms.min) : format.formatRange(terms.min, terms.max);
}

function cell(...children: (Node | string)[]): HTMLTableCellElement {
	const td = element('td');
	td.append(...children);
	return td;
}

function actionButton(action: string, label: string, describedBy: string, disabled: boolean): HTMLButtonElement {
	const button = element('button', label);
	button.type = 'button';
	button.dataset.action = action;
	button.setAttribute('aria-describedby', describedBy);
	button.disabled = disabled;
	return button;
}

/** The table row comparing one offer: title and reference, the facts, the languages, and its buttons. */
export function comparisonRow(offer: CatalogueOffer, position: number, total: number, context: RowContext): HTMLTableRowElement {
	const { locale, messages, vocabularies } = context;
	const row = element('tr');
	row.dataset.id = offer.id;
	const titleId = `offer-${offer.id}`;

	const head = element('th');
	head.scope = 'row';
	const link = element('a', offer.title, offer.lang);
	link.href = new URL(offer.url).pathname;
	link.id = titleId;
	const reference = element('span', fill(messages.reference, { id: offer.id }, locale));
	reference.className = 'shortlist-ref';
	head.append(link, reference);
	if (offer.lang !== locale) {
		const note = element('span', fill(messages.inLanguage, { language: nameOf('language', offer.lang, locale) }, locale));
		note.className = 'tag-fallback shortlist-ref';
		head.append(note);
	}

	const patents = element('span', offer.patents.join(', '));
	patents.translate = false;
	patents.className = 'shortlist-ref';
	const owner = element('span', offer.owner.name, offer.owner.lang);
	const regionName = (code: string) => vocabularies.region[code] ?? nameOf('region', code, locale);
	const regions = offer.targetRegions.map(regionName).join(' · ');
	const languages = offer.languages
		.map((code) => {
			const name = nameOf('language', code, locale);
			return code === offer.sourceLocale ? fill(messages.original, { language: name }, locale) : name;
		})
		.join(', ');

	const actions = element('td');
	actions.className = 'shortlist-actions';
	actions.append(
		actionButton('up', messages.moveUp, titleId, position === 0),
		actionButton('down', messages.moveDown, titleId, position === total - 1),
		actionButton('remove', messages.remove, titleId, false),
	);

	row.append(
		head,
		cell(vocabularies.sector[offer.sector] ?? offer.sector),
		cell(fill(messages.trlValue, { level: offer.trl, label: vocabularies.trl[String(offer.trl)] ?? '' }, locale)),
		cell(vocabularies.ipStatus[offer.ipStatus] ?? offer.ipStatus, ...(offer.patents.length ? [patents] : [])),
		cell(offer.cooperationModes.map((mode) => vocabularies.cooperationMode[mode] ?? mode).join(' · ')),
		cell(termsText(offer.terms, context)),
		cell(owner, ` (${regionName(offer.owner.country)})`),
		cell(regions || messages.none),
		cell(languages),
		actions,
	);
	return row;
}
