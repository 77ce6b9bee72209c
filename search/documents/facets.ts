import type { SearchDocument } from './search-document.ts';

/**
 * The facets both engines filter and count by, in the order the search page shows them. The
 * allow-list for filter names: a URL parameter that is not one of these never reaches an engine.
 */
export const FACETS = ['kind', 'sector', 'mode', 'trlBand', 'ipStatus', 'country'] as const;
export type Facet = (typeof FACETS)[number];

/** The readiness band a search filters by: research (1-3), development (4-6), ready for use (7-9). */
export function trlBand(trl: number): '1-3' | '4-6' | '7-9' {
	return trl <= 3 ? '1-3' : trl <= 6 ? '4-6' : '7-9';
}

/** A document's values for every facet it has. */
export function facetValues(document: SearchDocument): Partial<Record<Facet, string[]>> {
	return {
		kind: [document.kind],
		mode: document.modes,
		...(document.sector ? { sector: [document.sector] } : {}),
		...(document.trl ? { trlBand: [trlBand(document.trl)] } : {}),
		...(document.ipStatus ? { ipStatus: [document.ipStatus] } : {}),
		...(document.country ? { country: [document.country] } : {}),
	};
}
