/**
 * Serialises structured data for a `<script type="application/ld+json">` block. `<`, `>`
 * and `&` are escaped as JSON unicode escapes so staff text such as "</script>" cannot end
 * the block; U+2028/9 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
