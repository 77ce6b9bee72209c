import { fill, type DossierContext } from './dossier-context.ts';

/** A pairable unit (an offer, a collection's introduction): its own side, and the other document's. */
interface Side {
	context: DossierContext;
	side: Element;
	/** The language its text is really in (a fallback when it is not translated). */
	textLang: string;
}

/**
 * The blocks of one side, in order, keyed so the two languages line up: the title, the summary,
 * each fact by name, and in the body each heading and each paragraph or list item by its place
 * within its heading's section (an extra paragraph in one translation shifts only that section).
 */
export function blocksOf(side: Element): Map<string, Element> {
	const blocks = new Map<string, Element>();
	const title = side.querySelector(':scope > h2, :scope > h1');
	if (title) blocks.set('title', title);
	const summary = side.querySelector(':scope > .dossier-summary');
	if (summary) blocks.set('summary', summary);
	for (const row of side.querySelectorAll<HTMLElement>(':scope > .dossier-facts tbody tr[data-fact]')) blocks.set(`fact:${row.dataset.fact}`, row);
	let section = 0;
	let index = 0;
	for (const child of side.querySelector(':scope > .dossier-body')?.children ?? []) {
		if (/^H[1-6]$/.test(child.tagName)) {
			section++;
			index = 0;
			blocks.set(`body:${section}:h`, child);
		} else if (child.tagName === 'UL' || child.tagName === 'OL') {
			for (const item of child.children) blocks.set(`body:${section}:${index++}`, item);
		} else {
			blocks.set(`body:${section}:${index++}`, child);
		}
	}
	return blocks;
}

/** Both sides' keys in reading order: the first side's order, each key only the second has placed after its predecessor there. */
export function mergeKeys(first: readonly string[], second: readonly string[]): string[] {
	const merged = [...first];
	let after = -1;
	for (const key of second) {
		const at = merged.indexOf(key);
		if (at >= 0) after = at;
		else merged.splice(++after, 0, key);
	}
	return merged;
}

/** A note in both languages of the table: the same sentence from each document's strings. */
function bilingualNote(className: string, own: DossierContext, other: DossierContext, message: (context: DossierContext) => string): HTMLElement {
	const note = document.createElement('p');
	note.className = className;
	for (const context of [own, other]) {
		const part = document.createElement('span');
		part.lang = context.locale;
		part.textContent = message(context);
		note.append(part, ' ');
	}
	return note;
}

/** A copy of a block to place in a cell: ids removed (the page keeps its own), list items kept in a list of their kind. */
function copyOf(block: Element, keepIds: boolean): Element {
	const copy = block.cloneNode(true) as Element;
	if (!keepIds) for (const element of [copy, ...copy.querySelectorAll('[id]')]) element.removeAttribute('id');
	if (copy.tagName !== 'LI') return copy;
	const list = document.createElement(block.parentElement?.tagName === 'OL' ? 'ol' : 'ul');
	if (list instanceof HTMLOListElement) list.start = [...(block.parentElement?.children ?? [])].indexOf(block) + 1;
	list.append(copy);
	return list;
}

function cell(lang: string, ...content: Node[]): HTMLElement {
	const element = document.createElement('div');
	element.className = 'dossier-cell';
	element.lang = lang;
	element.append(...content);
	return element;
}

/** The two sides' facts as one table: each row the fact in the first language, then in the second. */
function pairedFacts(first: Side, second: Side, firstRows: Map<string, Element>, secondRows: Map<string, Element>, keys: readonly string[]): HTMLTableElement {
	const table = document.createElement('table');
	table.className = 'dossier-facts dossier-facts-paired';
	const head = table.createTHead().insertRow();
	for (const side of [first, second]) {
		for (const th of side.side.querySelectorAll('.dossier-facts thead th')) {
			const copy = th.cloneNode(true) as HTMLElement;
			copy.lang = side.context.locale;
			head.append(copy);
		}
	}
	const body = table.createTBody();
	for (const key of keys) {
		const row = body.insertRow();
		row.dataset.fact = key.slice('fact:'.length);
		for (const [side, rows] of [[first, firstRows], [second, secondRows]] as const) {
			const source = rows.get(key);
			if (!source) {
				const empty = row.insertCell();
				empty.colSpan = 2;
				empty.lang = side.context.locale;
				continue;
			}
			for (const part of source.children) {
				const copy = part.cloneNode(true) as HTMLElement;
				copy.lang = side.context.locale;
				row.append(copy);
			}
		}
	}
	return table;
}

/**
 * Puts the second language's side of a unit beside the first, block by block; a block missing on
 * one side, and a side that is not translated, are marked in both languages. The text of each
 * cell keeps the language it is really in.
 */
export function pairUnit(unit: Element, own: DossierContext, other: DossierContext, otherUnit: Element | null): void {
	const mine = unit.querySelector(':scope > .dossier-side');
	const theirs = otherUnit?.querySelector(':scope > .dossier-side');
	if (!mine || !theirs) return;
	const first: Side = { context: own, side: mine, textLang: mine.getAttribute('data-text-lang') ?? own.locale };
	const second: Side = { context: other, side: theirs, textLang: theirs.getAttribute('data-text-lang') ?? other.locale };
	const firstBlocks = blocksOf(mine);
	const secondBlocks = blocksOf(theirs);
	const keys = mergeKeys([...firstBlocks.keys()], [...secondBlocks.keys()]);
	const paired = document.createElement('div');
	paired.className = 'dossier-paired';

	const untranslated = (side: Side) =>
		side.textLang === side.context.locale
			? []
			: [bilingualNote('dossier-untranslated', own, other, (context) => fill(context.strings.untranslated, { language: context.names[side.context.locale] ?? side.context.locale, shown: context.names[side.textLang] ?? side.textLang }))];
	const missing = (side: Side) => bilingualNote('dossier-missing', own, other, (context) => fill(context.strings.missingBlock, { language: context.names[side.textLang] ?? side.textLang }));

	let factsPlaced = false;
	for (const key of keys) {
		if (key.startsWith('fact:')) {
			if (factsPlaced) continue;
			factsPlaced = true;
			paired.append(pairedFacts(first, second, firstBlocks, secondBlocks, keys.filter((candidate) => candidate.startsWith('fact:'))));
			continue;
		}
		const row = document.createElement('div');
		row.className = key === 'title' || key.endsWith(':h') ? 'dossier-pair dossier-pair-heading' : 'dossier-pair';
		const left = firstBlocks.get(key);
		const right = secondBlocks.get(key);
		row.append(
			cell(first.textLang, ...(key === 'title' ? untranslated(first) : []), left ? copyOf(left, true) : missing(first)),
			cell(second.textLang, ...(key === 'title' ? untranslated(second) : []), right ? copyOf(right, false) : missing(second)),
		);
		paired.append(row);
	}
	// Each side's QR code under its own title, so each side of the table opens the offer in its own language.
	const qrs = [unit.querySelector(':scope > .dossier-qr'), otherUnit?.querySelector(':scope > .dossier-qr') ?? null];
	if (qrs[0] && qrs[1]) {
		const row = document.createElement('div');
		row.className = 'dossier-pair dossier-pair-qr';
		row.append(cell(own.locale, qrs[0]), cell(other.locale, copyOf(qrs[1], false)));
		paired.querySelector(':scope > .dossier-pair-heading')?.after(row);
	}
	mine.replaceWith(paired);
	unit.classList.add('is-paired');
}

/** Adds the second language's title and contact text to the cover, and each offer's second-language title to the list. */
export function pairCover(own: DossierContext, other: DossierContext, titleOf: (id: string) => Element | null): void {
	const cover = own.root.querySelector('.dossier-cover');
	const theirs = other.root.querySelector('.dossier-cover');
	if (!cover || !theirs) return;
	const alt = (source: Element | null, lang: string) => {
		const span = document.createElement('span');
		span.className = 'dossier-alt';
		span.lang = source?.getAttribute('lang') || lang;
		span.textContent = (source?.textContent ?? '').trim();
		return span;
	};
	for (const selector of ['h1', '.dossier-kicker', '.dossier-lead', '.dossier-contact']) {
		const target = cover.querySelector(selector);
		const source = theirs.querySelector(selector);
		if (target && source && source.textContent?.trim() !== target.textContent?.trim()) target.append(alt(source, other.locale));
	}
	for (const row of cover.querySelectorAll<HTMLElement>('.dossier-contents tr[data-offer]')) {
		const title = titleOf(row.dataset.offer ?? '');
		// An offer shown in the same (fallback) text on both sides is not listed twice.
		if (!title || title.getAttribute('lang') === row.querySelector('a')?.getAttribute('lang')) continue;
		const copy = title.cloneNode(true) as Element;
		copy.querySelector('.dossier-ref')?.remove();
		row.querySelector('a')?.after(alt(copy, other.locale));
	}
}
