/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The page's locale (the `[locale]` route segment, or the market's default elsewhere). */
		locale: import('../content/schema/locale.ts').Locale;
		/** The page locale's i18next `t`. */
		t: import('i18next').TFunction;
	}
}
