/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The page's locale (the `[locale]` route segment, or the market's default elsewhere). */
		locale: import('../content/core/schema/locales.ts').Locale;
		/** The page locale's i18next `t`. */
		t: import('i18next').TFunction;
		/** The deploying market (content/market.yaml), as the content collections hold it. */
		market: import('../content/core/schema/market.ts').Market;
		/** Picks texts and names for this page along the market's fallback order. */
		localize: import('./lib/content/localize.ts').Localizer;
	}
}
