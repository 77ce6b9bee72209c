import sanitizeHtml from 'sanitize-html';
import { isSameSiteTarget, LINK_SCHEMES } from './link-target.ts';

// The attribute Astro's Markdown processors put on a local picture instead of `src`: a JSON object
// that Astro later turns into an optimised <img>. Astro matches it case-sensitively, hence
// `lowerCaseAttributeNames: false` below; upper-case attributes of hand-written HTML are then
// simply not on the allow-list, and dropped.
const ASTRO_IMAGE = '__ASTRO_IMAGE_';

// Elements whose content must go with them: code (script, style), text shown only when the element
// is not supported (iframe, object, noscript), or foreign markup that browsers re-parse (svg, math).
// sanitize-html would otherwise keep their text as visible text.
const REMOVED_WITH_CONTENT = [
	...['script', 'style', 'textarea', 'option', 'xmp', 'select', 'button', 'form'],
	...['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes'],
	...['template', 'title', 'head', 'svg', 'math', 'plaintext'],
];

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

// Exactly what GitHub-flavoured Markdown renders to, as Sätteri writes it; raw HTML in a body is
// refused by the content check, and this is what stays if that check is ever bypassed.
const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		...['p', ...HEADINGS, 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'hr', 'br'],
		...['em', 'strong', 'del', 's', 'sup', 'sub', 'kbd', 'a', 'img', 'input', 'section'],
		...['table', 'thead', 'tbody', 'tr', 'th', 'td'],
	],
	allowedAttributes: {
		...Object.fromEntries(HEADINGS.map((heading) => [heading, ['id']])),
		ol: ['start'],
		li: ['id'],
		a: ['href', 'title', 'id', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
		img: ['src', 'alt', 'title', ASTRO_IMAGE],
		th: ['align'],
		td: ['align'],
		input: [{ name: 'type', multiple: false, values: ['checkbox'] }, 'checked', 'disabled'],
		section: ['data-footnotes'],
	},
	allowedClasses: {
		code: ['language-*'],
		section: ['footnotes'],
		h2: ['sr-only'],
		a: ['data-footnote-backref'],
		ul: ['contains-task-list'],
		ol: ['contains-task-list'],
		li: ['task-list-item'],
	},
	allowedSchemes: [...LINK_SCHEMES],
	// Pictures must come from the site itself: the Content-Security-Policy would block others anyway.
	allowedSchemesByTag: { img: [] },
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	nonTextTags: REMOVED_WITH_CONTENT,
	parser: { decodeEntities: true, lowerCaseAttributeNames: false },
	transformTags: {
		// GFM aligns table columns with `style`, which the Content-Security-Policy blocks; `align` is not blocked.
		th: alignFromStyle,
		td: alignFromStyle,
		img: checkAstroImage,
		a: keepFootnoteId,
		li: keepFootnoteId,
		// A task-list box is for show; a live one would look like a form on the page.
		input: (tagName, attribs) => ({ tagName, attribs: { ...attribs, disabled: '' } }),
	},
	exclusiveFilter: (frame) =>
		(frame.tag === 'img' && !frame.attribs.src && !frame.attribs[ASTRO_IMAGE]) || (frame.tag === 'input' && frame.attribs.type !== 'checkbox'),
};

// Tags that carry nothing but structure: no attributes (headings: an id), nothing that links, loads or runs.
const PLAIN_TAG = /<\/?(?:p|ul|ol|li|blockquote|pre|code|em|strong|del|s|sup|sub|kbd|table|thead|tbody|tr|th|td)>|<(?:hr|br)\s*\/?>|<h[1-6](?: id="[^"<>]*")?>|<\/h[1-6]>/g;

/**
 * True when every tag of rendered HTML is one of PLAIN_TAG's, so sanitising could only
 * re-serialise it: most offers (paragraphs, headings, lists, no links or pictures) skip the parse,
 * about 2.5 ms of a build's main thread per text.
 */
export function isPlainMarkup(html: string): boolean {
	return !html.replace(PLAIN_TAG, '').includes('<');
}

/** Reduces HTML rendered from Markdown to the elements and attributes GFM produces, with only safe links. */
export function sanitizeRenderedHtml(html: string): string {
	return isPlainMarkup(html) ? html : sanitizeRenderedHtmlFully(html);
}

/** sanitizeRenderedHtml without the fast path: the tests compare the two. */
export function sanitizeRenderedHtmlFully(html: string): string {
	return sanitizeHtml(html, OPTIONS);
}

/** Wraps an Astro Markdown processor (e.g. `satteri()`) so every page it renders goes through `sanitizeRenderedHtml`. */
export function sanitizedMarkdown<
	P extends { createRenderer: (...args: any[]) => Promise<{ render: (...args: any[]) => Promise<{ code: string }> }> },
>(processor: P): P {
	return {
		// `name` and `options` stay the processor's own: Astro and integrations read and extend them.
		...processor,
		async createRenderer(...args: unknown[]) {
			const renderer = await processor.createRenderer(...args);
			return {
				...renderer,
				async render(...renderArgs: unknown[]) {
					const result = await renderer.render(...renderArgs);
					return { ...result, code: sanitizeRenderedHtml(result.code) };
				},
			};
		},
		// MDX compiles to JavaScript, which cannot be sanitised as HTML; without this renderer,
		// @astrojs/mdx refuses `.mdx` files instead of publishing them unchecked.
		createMdxRenderer: undefined,
	};
}

function alignFromStyle(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
	const align = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/i.exec(attribs.style ?? '')?.[1]?.toLowerCase();
	return { tagName, attribs: align ? { align } : {} };
}

function keepFootnoteId(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
	// Footnote ids carry the renderer's `user-content-` prefix; other ids could shadow the page's own.
	const { id, ...rest } = attribs;
	return { tagName, attribs: id?.startsWith('user-content-') ? { ...rest, id } : rest };
}

// The JSON is rebuilt from the four keys the processor writes, because Astro spreads its keys
// into the final <img> as attributes: a raw `<img __ASTRO_IMAGE_='{"onerror":…}'>` must not pass.
function checkAstroImage(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
	const { [ASTRO_IMAGE]: json, ...rest } = attribs;
	if (json === undefined) return { tagName, attribs: rest };
	const image = safeAstroImage(json);
	return { tagName, attribs: image ? { ...rest, [ASTRO_IMAGE]: image } : rest };
}

function safeAstroImage(json: string): string | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		return undefined;
	}
	if (typeof parsed !== 'object' || parsed === null) return undefined;
	const { src, alt, title, index } = parsed as Record<string, unknown>;
	if (typeof src !== 'string' || !isSameSiteTarget(src) || !Number.isInteger(index)) return undefined;
	const image: Record<string, unknown> = { src, index };
	if (typeof alt === 'string') image.alt = alt;
	if (typeof title === 'string') image.title = title;
	// sanitize-html writes `<`, `>` and `&` in attributes as entities, which Astro does not all
	// decode before reading the JSON; as JSON escapes they survive both.
	return JSON.stringify(image).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
