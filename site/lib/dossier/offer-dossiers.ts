import type { Locale } from '../../../content/core/schema/locales.ts';

/**
 * How `astro build` writes the single-offer dossiers (`/{locale}/achievements/{id}/dossier/`)
 * without rendering 8,000 Astro pages: Astro renders one template per locale (the dossier page
 * with the slots below in place of an offer), the template's render records every offer's
 * dossier content here, and site/integrations/offer-dossiers.ts copies the template once per
 * offer with the slots filled. `astro dev` renders each dossier as an ordinary page.
 */
export const DOSSIER_TEMPLATE_ID = '_dossier-template';

/** Stand-ins the template carries; unlike any id, title or markup an offer can have. */
export const DOSSIER_SLOTS = {
	/** In URLs and data attributes (ids are letters, digits and hyphens, so need no escaping). */
	id: '__sre_dossier_id__',
	/** In `<title>`: replaced by the offer's title, escaped. */
	title: '__sre_dossier_title__',
	/** In `<main>`: replaced by the cover and the offer's section. */
	content: '<!--__sre_dossier_content__-->',
} as const;

/**
 * Where an offer's QR code goes in the recorded content: the writer fills it with the code its
 * worker made (URLs hold no `-->`: they are built from the market's URL and ids of letters, digits and hyphens).
 */
export const qrSlot = (url: string) => `<!--__sre_dossier_qr__ ${url} -->`;
export const QR_SLOT_PATTERN = /<!--__sre_dossier_qr__ (\S+) -->/g;

export interface OfferDossier {
	id: string;
	/** Plain text, as it goes into the template's `<title>`. */
	title: string;
	/** Markup for the content slot. */
	content: string;
}

// The template is rendered by Astro's build and read by an integration in the same process, but
// through separate module graphs: the records live on globalThis.
const KEY = Symbol.for('silk-road-exchange.offer-dossiers');
const records = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<Locale, OfferDossier[]>()) as Map<Locale, OfferDossier[]>;

/** Called by the template's render: every offer's dossier in that locale. */
export function recordOfferDossiers(locale: Locale, dossiers: OfferDossier[]): void {
	records.set(locale, dossiers);
}

/** Called once by the writer: what the templates recorded, which is then forgotten. */
export function takeOfferDossiers(): Map<Locale, OfferDossier[]> {
	const taken = new Map(records);
	records.clear();
	return taken;
}
