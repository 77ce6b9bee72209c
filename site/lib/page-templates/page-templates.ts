/**
 * Pages `astro build` writes from a template instead of rendering each: an offer's page and its
 * dossier exist once per offer per locale (16,000 pages at 2,000 offers), and Astro's own work per
 * page (request, middleware, CSP hashing, streaming) was most of the build. A route renders one
 * template per locale (the page with slots where an offer's parts go), the template's render
 * records every offer's parts as strings here, and site/integrations/templated-pages.ts copies
 * the template once per offer with the slots filled. `astro dev` renders every page as usual.
 */

/** The id a template route is rendered under (`/{locale}/achievements/_template/`): not a valid offer id. */
export const TEMPLATE_ID = '_template';

/**
 * A slot: plain text, so it survives escaping in text and attributes alike (a title inside a
 * translated string, an id in URLs). Staff text cannot forge one: only the template is scanned.
 */
export const slot = (name: string) => `__sre_slot_${name}__`;
const SLOT_PATTERN = /__sre_slot_([a-z]+)__/g;

/** The id slot: ids are letters, digits and hyphens, so they go into URLs and attributes as they are. */
export const ID_SLOT = slot('id');

/** Where a QR code goes in recorded markup: the writer fills it with the code for the URL (URLs hold no `-->`). */
export const qrSlot = (url: string) => `<!--__sre_qr__ ${url} -->`;
export const QR_SLOT_PATTERN = /<!--__sre_qr__ (\S+) -->/g;

/** One page to write: its URL path and what goes into each slot of the template (`id` included). */
export interface TemplatedPage {
	path: string;
	/** Slot name → markup, already escaped (text slots hold escaped text). */
	slots: Record<string, string>;
}

/** A template and the pages written from it. */
export interface TemplatedPages {
	/** URL path of the page Astro rendered as the template. */
	template: string;
	/** URL path of the folder only the template lives in: removed once the pages are written. */
	remove: string;
	pages: TemplatedPage[];
}

// The template is rendered by Astro's build and read by an integration in the same process, but
// through separate module graphs: the records live on globalThis.
const KEY = Symbol.for('silk-road-exchange.templated-pages');
const records = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, TemplatedPages>()) as Map<string, TemplatedPages>;

/** Called by a template's render: the pages to write from it. */
export function recordTemplatedPages(pages: TemplatedPages): void {
	records.set(pages.template, pages);
}

/** Called once by the writer: what the templates recorded, which is then forgotten. */
export function takeTemplatedPages(): TemplatedPages[] {
	const taken = [...records.values()];
	records.clear();
	return taken;
}

/**
 * A page from its template: every slot filled in one pass (values are not scanned again), then
 * every QR slot with the code `qr` gives. Throws when the template and the page disagree on the
 * slots: a layout change must not publish pages without their offer.
 */
export function fillTemplate(template: string, page: TemplatedPage, qr: (url: string) => string): string {
	const found = new Set<string>();
	const filled = template.replace(SLOT_PATTERN, (_match, name: string) => {
		const value = page.slots[name];
		if (value === undefined) throw new Error(`the template of ${page.path} has a ${slot(name)} slot the page does not fill`);
		found.add(name);
		return value;
	});
	for (const name of Object.keys(page.slots)) {
		if (!found.has(name)) throw new Error(`the template of ${page.path} has no ${slot(name)} slot`);
	}
	return filled.includes('<!--__sre_qr__') ? filled.replace(QR_SLOT_PATTERN, (_match, url: string) => qr(url)) : filled;
}
