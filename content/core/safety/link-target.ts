import { Parser } from 'htmlparser2';

/** Schemes a browser runs or opens locally instead of navigating to: never allowed in content. */
export const DANGEROUS_SCHEMES: readonly string[] = ['javascript', 'vbscript', 'data', 'file'];

/** Schemes a link in the body may use; anything else is refused by the renderer too. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** What a browser would make of a link target, after the tricks used to hide a scheme are undone. */
export type LinkTarget = {
	/** Lower-case scheme without the colon, e.g. `javascript`; undefined for a relative target. */
	scheme: string | undefined;
	/** True for `//host/…` (or `\\host`), which leaves the site although it has no scheme. */
	protocolRelative: boolean;
};

// Browsers drop ASCII whitespace and control characters anywhere in a URL's scheme, which is
// how `java\tscript:` still runs; Unicode spaces are removed too, to be safe rather than exact.
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const PERCENT_ESCAPE = /%([0-9a-f]{2})/gi;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Reads the scheme of a Markdown, HTML or SVG link target, seeing through character references, percent-escapes and hidden characters. */
export function readLinkTarget(target: string): LinkTarget {
	const plain = revealed(target);
	const scheme = SCHEME.exec(plain)?.[1]?.toLowerCase();
	return { scheme, protocolRelative: scheme === undefined && /^[/\\]{2}/.test(plain) };
}

/** True when a target stays on the site: no scheme and not `//host`, e.g. `picture.png`, `/about/`, `#top`. */
export function isSameSiteTarget(target: string): boolean {
	const { scheme, protocolRelative } = readLinkTarget(target);
	return scheme === undefined && !protocolRelative;
}

// Decoding is repeated until nothing changes, so that layered encodings (`&amp;#106;`,
// `%25%36%41`) cannot hide a scheme; a few rounds cover any realistic nesting.
function revealed(target: string): string {
	let text = target;
	for (let round = 0; round < 5; round++) {
		const next = decodeEntities(text)
			.replace(PERCENT_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
			.replace(INVISIBLE, '');
		if (next === text) break;
		text = next;
	}
	return text;
}

// htmlparser2 knows every named character reference (`&colon;`, `&Tab;`, …); feeding the target as
// text, with `<` escaped so nothing is read as a tag, decodes it exactly as a browser would.
function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	let decoded = '';
	const parser = new Parser(
		{
			ontext(chunk) {
				decoded += chunk;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(text.replaceAll('<', '&lt;'));
	return decoded;
}
