import { escapeHtml } from './escape-html.ts';

/** Markup that is already HTML: inserted by `html` as it is. Everything else is escaped. */
export class SafeHtml {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

/** Marks a string as trusted markup: sanitised Markdown output, an SVG we drew, a rendered slot. */
export function raw(markup: string): SafeHtml {
	return new SafeHtml(markup);
}

/**
 * A tagged template for HTML written as strings (pages rendered thousands of times, where
 * Astro's per-component work would dominate): every interpolated value is escaped unless it
 * is `SafeHtml`; arrays are joined; `null`, `undefined` and `false` render nothing.
 * @example html`<p title="${'a"b'}">${'<i>'}</p>`.value // '<p title="a&quot;b">&lt;i&gt;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
	let out = strings[0]!;
	for (let index = 0; index < values.length; index++) out += render(values[index]) + strings[index + 1]!;
	return new SafeHtml(out);
}

function render(value: unknown): string {
	if (value === null || value === undefined || value === false) return '';
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join('');
	return escapeHtml(String(value));
}
