import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../content/core/messages/message.ts';
import { decodeContentFile } from '../../content/core/safety/decode-text.ts';
import { isPlainMarkup, sanitizedMarkdown, sanitizeRenderedHtml, sanitizeRenderedHtmlFully } from '../../content/core/safety/sanitize-html.ts';
import { findUnsafeSvg } from '../../content/core/safety/svg-check.ts';
import { findUnsafeMarkdown } from '../../content/core/safety/unsafe-markdown.ts';

// These tests assert the English messages, whatever the language of the terminal running them.
beforeAll(() => setMessageLanguage('en'));

const FILE = 'content/achievements/to-0001/en.md';

/** Renders Markdown the way the site does: Sätteri, wrapped by the sanitiser. */
const renderer = sanitizedMarkdown(satteri()).createRenderer({ syntaxHighlight: false });
async function render(markdown: string): Promise<string> {
	return (await (await renderer).render(markdown)).code;
}

/** A body with the attack on its fifth line; with the body starting on file line 6, that is file line 10. */
function bodyWith(attack: string): string {
	return `## The technology\n\nA disposable probe launched from moving ships.\n\n${attack}\n\nIt measures to 1,000 m.\n`;
}
const BODY_LINE = 6;
const ATTACK_LINE = 10;

type Attack = {
	name: string;
	markdown: string;
	/** Words the check's message must contain, e.g. the tag it names. */
	named: string;
	/** What must not reach the page. */
	absent: RegExp[];
	/** How many tags the check names; one unless the attack has several. */
	issues?: number;
};

const ATTACKS: Attack[] = [
	{ name: 'a <script> element', markdown: '<script>alert(1)</script>', named: 'raw HTML <script>', absent: [/<script/i, /alert\(1\)/] },
	{ name: 'an <img> with onerror', markdown: 'Look: <img src=x onerror=alert(1)>', named: 'raw HTML <img>', absent: [/onerror/i, /alert/] },
	{ name: 'a javascript: link', markdown: '[click](javascript:alert(1))', named: '"javascript:…"', absent: [/href=/, /javascript/i] },
	{ name: 'a JaVaScRiPt: link in mixed case', markdown: '[click](JaVaScRiPt:alert(1))', named: '"javascript:…"', absent: [/href=/, /javascript/i] },
	{ name: 'a javascript: link hidden by a character reference', markdown: '[click](&#106;avascript:alert(1))', named: '"javascript:…"', absent: [/href=/] },
	// Sätteri writes these as `java%09script:`, a harmless relative link; the scheme check below proves it.
	{ name: 'a javascript: link with an encoded tab', markdown: '[click](java&#9;script:alert(1))', named: '"javascript:…"', absent: [] },
	{ name: 'a javascript: link with a raw tab', markdown: '[click](<java\tscript:alert(1)>)', named: '"javascript:…"', absent: [] },
	{ name: 'a javascript: link with &colon;', markdown: '[click](javascript&colon;alert(1))', named: '"javascript:…"', absent: [/href=/] },
	{ name: 'a javascript: link hidden by percent-encoding', markdown: '[click](%6Aavascript:alert(1))', named: '"javascript:…"', absent: [] },
	{ name: 'a javascript: link with an escaped colon', markdown: '[click](javascript\\:alert(1))', named: '"javascript:…"', absent: [/href=/] },
	{ name: 'a javascript: autolink', markdown: '<javascript:alert(1)>', named: '"javascript:…"', absent: [/href=/] },
	{ name: 'an <iframe>', markdown: '<iframe src="https://evil.example"></iframe>', named: 'raw HTML <iframe>', absent: [/<iframe/i, /evil\.example/] },
	{
		name: 'a <form> with an <input>',
		markdown: '<form action="https://evil.example"><input name=p></form>',
		named: 'raw HTML <form>',
		absent: [/<form/i, /<input/i, /evil\.example/],
		issues: 2,
	},
	{ name: 'a <base> element', markdown: '<base href="https://evil.example/">', named: 'raw HTML <base>', absent: [/<base/i, /evil\.example/] },
	{ name: 'a <style> element', markdown: '<style>body{display:none}</style>', named: 'raw HTML <style>', absent: [/<style/i, /display/] },
	{
		name: 'a <meta> refresh',
		markdown: '<meta http-equiv="refresh" content="0;url=https://evil.example">',
		named: 'raw HTML <meta>',
		absent: [/<meta/i, /evil\.example/],
	},
	{ name: 'a data: link', markdown: '[x](data:text/html;base64,PHNjcmlwdD4=)', named: '"data:…"', absent: [/href=/, /data:/] },
	{ name: 'a vbscript: link', markdown: '[x](vbscript:msgbox)', named: '"vbscript:…"', absent: [/href=/, /vbscript/i] },
	{ name: 'an HTML <a> with a javascript: href', markdown: 'Text <a href="javascript:alert(1)">x</a>', named: 'raw HTML <a>', absent: [/href=/, /javascript/i] },
	{ name: 'an HTML comment', markdown: '<!-- internal: lowest price CNY 3,000 -->', named: 'HTML comment', absent: [/<!--/, /lowest price/] },
];

describe('the Markdown check and the renderer', () => {
	for (const attack of ATTACKS) {
		it(`report ${attack.name} on its file line`, () => {
			const issues = findUnsafeMarkdown(bodyWith(attack.markdown), FILE, BODY_LINE);
			expect(issues).toHaveLength(attack.issues ?? 1);
			for (const issue of issues) {
				expect(issue).toMatchObject({ file: FILE, field: '', line: ATTACK_LINE });
				expect(issue.problem).toContain(`(line ${ATTACK_LINE})`);
			}
			expect(issues[0]?.problem).toContain(attack.named);
		});

		it(`keep ${attack.name} off the rendered page`, async () => {
			const html = await render(bodyWith(attack.markdown));
			for (const pattern of attack.absent) expect(html).not.toMatch(pattern);
			for (const url of urlsIn(html)) expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(url.protocol);
			// The text around the attack is still published.
			expect(html).toContain('A disposable probe launched from moving ships.');
			expect(html).toContain('It measures to 1,000 m.');
		});
	}
});

const HARMLESS = `## Applications

- Rapid **temperature** and *salinity* profiling;
- Sound-speed correction, see [the report](https://example.org/report.pdf) or write to [the office](mailto:tto@example.org).

| Depth | Accuracy |
|:------|---------:|
| 1,000 m | ±2% |

Water is H<sub>2</sub>O; the probe logs 10<sup>6</sup> samples. Press <kbd>Ctrl</kbd>+<kbd>S</kbd>.<br>
Call [us](tel:+4712345678), read [the terms](/en/about/) or [the summary](#advantages).

Show an example with \`<script>\` in a code span.

\`\`\`html
<script>alert(1)</script>
\`\`\`
`;

describe('harmless Markdown', () => {
	it('passes the check', () => {
		expect(findUnsafeMarkdown(HARMLESS, FILE, 1)).toEqual([]);
	});

	it('keeps headings, lists, tables, links, emphasis and sub/sup/kbd when rendered', async () => {
		const html = await render(HARMLESS);
		expect(html).toContain('<h2 id="applications">Applications</h2>');
		expect(html).toContain('<strong>temperature</strong>');
		expect(html).toContain('<em>salinity</em>');
		expect(html).toContain('<li>Rapid');
		expect(html).toContain('<a href="https://example.org/report.pdf">the report</a>');
		expect(html).toContain('<a href="mailto:tto@example.org">the office</a>');
		expect(html).toContain('<a href="tel:+4712345678">us</a>');
		expect(html).toContain('<a href="/en/about/">the terms</a>');
		expect(html).toContain('<a href="#advantages">the summary</a>');
		expect(html).toContain('<table>');
		expect(html).toContain('<td align="left">1,000 m</td>');
		expect(html).toContain('<td align="right">±2%</td>');
		expect(html).toContain('H<sub>2</sub>O');
		expect(html).toContain('10<sup>6</sup>');
		expect(html).toContain('<kbd>Ctrl</kbd>');
		expect(html).toMatch(/<br ?\/?>/);
	});

	it('shows <script> in code as escaped text instead of removing it', async () => {
		const html = await render(HARMLESS);
		expect(html).toContain('<code>&lt;script&gt;</code>');
		expect(html).toMatch(/<pre><code class="language-html">&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
		expect(html).not.toMatch(/<script/i);
	});

	it('keeps footnotes and task lists, with the task boxes disabled', async () => {
		const html = await render('- [x] done\n- [ ] open\n\nA note.[^1]\n\n[^1]: The source.\n');
		expect(html).toContain('<input type="checkbox" checked disabled />');
		expect(html).toContain('<input type="checkbox" disabled />');
		expect(html).toContain('<li class="task-list-item">');
		expect(html).toContain('href="#user-content-fn-1"');
		expect(html).toContain('id="user-content-fnref-1"');
		expect(html).toContain('<li id="user-content-fn-1">');
		expect(html).toContain('<section data-footnotes class="footnotes">');
	});

	it('keeps a local picture for Astro to optimise, and drops a picture from another site', async () => {
		const html = await render('![Depth < 1,000 m & speed > 6 kn](./probe.png "XCTD") ![Tracker](https://tracker.example/p.png)');
		const marker = /__ASTRO_IMAGE_="([^"]+)"/.exec(html)?.[1] ?? '';
		// Astro reads the marker exactly this way (astro/dist/content/runtime.js), so `&lt;` would stay `&lt;`.
		const decoded = marker
			.replace(/&(?:#x22|quot);/g, '"')
			.replace(/&(?:#x27|apos);/g, "'")
			.replace(/&(?:amp|#x26|#38);/g, '&');
		expect(JSON.parse(decoded)).toEqual({ src: './probe.png', alt: 'Depth < 1,000 m & speed > 6 kn', title: 'XCTD', index: 0 });
		expect(html).not.toContain('tracker.example');
	});

	it('accepts every Markdown body in the sample content', () => {
		for (const file of markdownFiles('content')) {
			const text = readFileSync(file, 'utf8');
			const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
			expect(findUnsafeMarkdown(text.slice(frontmatter.length), file, 1), file).toEqual([]);
		}
	});
});

describe('the Markdown check', () => {
	it('allows <br>, <sup>, <sub> and <kbd> only without attributes', () => {
		const [issue, ...rest] = findUnsafeMarkdown('10<sup class="big">6</sup>', FILE, 1);
		expect(rest).toEqual([]);
		expect(issue?.problem).toContain('raw HTML <sup> with attributes');
	});

	it('names each tag of a multi-line HTML block on its own line', () => {
		const issues = findUnsafeMarkdown('Intro.\n\n<div>\n<p>\n<script>alert(1)</script>\n</p>\n</div>\n', FILE, 20);
		expect(issues.map((issue) => [issue.line, /<\w+>/.exec(issue.problem)?.[0]])).toEqual([
			[22, '<div>'],
			[23, '<p>'],
			[24, '<script>'],
		]);
	});

	it('finds raw HTML in blockquotes, nested lists, table cells, headings and link texts, on the right lines', () => {
		const body = [
			'# Title <b>x</b>', // 1
			'',
			'> A quote.',
			'>',
			'> A second paragraph',
			'> with <u>this</u>', // 6
			'',
			'- item',
			'  - nested <i>x</i>', // 9
			'',
			'| a | b |',
			'|---|---|',
			'| 1 | <span>2</span> |', // 13
			'',
			'[<em>link</em>](https://example.org)', // 15
		].join('\n');
		const found = findUnsafeMarkdown(body, FILE, 1).map((issue) => [issue.line, /<\w+>/.exec(issue.problem)?.[0]]);
		expect(found).toEqual([
			[1, '<b>'],
			[6, '<u>'],
			[9, '<i>'],
			[13, '<span>'],
			[15, '<em>'],
		]);
	});

	it('counts lines the same with Windows and old Mac line endings', () => {
		for (const lineEnd of ['\r\n', '\r']) {
			const [issue] = findUnsafeMarkdown(bodyWith('<script>alert(1)</script>').replace(/\n/g, lineEnd), FILE, BODY_LINE);
			expect(issue?.line).toBe(ATTACK_LINE);
		}
	});

	it('reports a dangerous reference link once, where its target is defined', () => {
		const issues = findUnsafeMarkdown('See [the offer][offer] and [again][offer].\n\n[offer]: javascript:alert(1)\n', FILE, 1);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line: 3 });
		expect(issues[0]?.problem).toContain('"javascript:…"');
	});

	it('reports a file: link and a javascript: picture', () => {
		const problems = findUnsafeMarkdown('[x](file:///C:/secret.txt)\n\n![y](javascript:alert(1))\n', FILE, 1).map((issue) => issue.problem);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('"file:…" is not allowed');
		expect(problems[1]).toContain('picture target "javascript:…"');
	});

	it('reports links the renderer would drop: other schemes and //host', () => {
		const problems = findUnsafeMarkdown('[a](ftp://files.example/x) [b](//evil.example/x)\n', FILE, 1).map((issue) => issue.problem);
		expect(problems).toEqual([expect.stringContaining('"ftp:…" is not supported'), expect.stringContaining('"//…" is incomplete')]);
	});

	it('reports a picture from another website', () => {
		const [issue] = findUnsafeMarkdown('![map](https://maps.example/tile.png)', FILE, 1);
		expect(issue?.problem).toContain('pictures from elsewhere are not shown');
	});

	it('does not report <script> shown as code in a code span or fenced block', () => {
		expect(findUnsafeMarkdown('Use `<script>` tags.\n\n```\n<script>x</script>\n```\n\n    <iframe>\n', FILE, 1)).toEqual([]);
	});
});

describe('the renderer', () => {
	it('keeps the Sätteri processor name and options object, so integrations still recognise and extend it', () => {
		const original = satteri();
		const wrapped = sanitizedMarkdown(original);
		expect(wrapped.name).toBe('satteri');
		expect(isSatteriProcessor(wrapped)).toBe(true);
		expect(wrapped.options).toBe(original.options);
	});

	it('refuses MDX, whose output it could not sanitise', () => {
		expect(sanitizedMarkdown(satteri()).createMdxRenderer).toBeUndefined();
	});

	it('keeps the metadata Astro needs from the processor', async () => {
		const result = await (await renderer).render('## Problem\n\n![The probe](./probe.png)\n');
		expect(result.metadata.headings).toEqual([{ depth: 2, slug: 'problem', text: 'Problem' }]);
		expect(result.metadata.localImagePaths).toEqual(['./probe.png']);
	});

	it('strips a hand-written Astro picture marker that carries extra attributes', () => {
		const html = sanitizeRenderedHtml(`<img __ASTRO_IMAGE_='{"src":"./probe.png","index":0,"onerror":"alert(1)"}'>`);
		expect(html).toContain('__ASTRO_IMAGE_=');
		expect(html).not.toContain('onerror');
		expect(sanitizeRenderedHtml(`<img __ASTRO_IMAGE_='{"src":"https://evil.example/p.png","index":0}'>`)).toBe('');
	});

	it('removes script text hidden in svg, math, noscript and object, not just the tags', () => {
		for (const html of [
			'<svg><script>alert(1)</script></svg>',
			'<math><mtext><style><img src=x onerror=alert(1)></style></mtext></math>',
			'<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
			'<object data="x.swf">alert(1)</object>',
		]) {
			expect(sanitizeRenderedHtml(html)).not.toMatch(/alert|onerror|<img/);
		}
	});

	it('drops protocol-relative links and pictures, and inputs other than checkboxes', () => {
		expect(sanitizeRenderedHtml('<a href="//evil.example/x">x</a>')).toBe('<a>x</a>');
		expect(sanitizeRenderedHtml('<a href="/\\evil.example">x</a>')).toBe('<a>x</a>');
		expect(sanitizeRenderedHtml('<img src="//evil.example/p.png">')).toBe('');
		expect(sanitizeRenderedHtml('<input type="text" name="password">')).toBe('');
	});

	it('disables a hand-written checkbox, so nothing on the page looks like a form', () => {
		expect(sanitizeRenderedHtml('<input type="checkbox" name="agree">')).toBe('<input type="checkbox" disabled />');
	});

	it('drops style, class and id attributes the Markdown renderer does not write', () => {
		expect(sanitizeRenderedHtml('<p style="position:fixed" class="modal" id="header">x</p>')).toBe('<p>x</p>');
		expect(sanitizeRenderedHtml('<code class="language-js modal">x</code>')).toBe('<code class="language-js">x</code>');
		expect(sanitizeRenderedHtml('<a id="main" href="#x">x</a>')).toBe('<a href="#x">x</a>');
	});
});

// Real bytes as the editors staff use save them; Node can decode these encodings but not write them.
const GBK_SENTENCE = [0xba, 0xa3, 0xd1, 0xf3, 0xbc, 0xbc, 0xca, 0xf5, 0xd7, 0xaa, 0xd2, 0xc6];
const GBK_TITLE_LINE = [
	...[0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xba, 0xa3, 0xd4, 0xe5, 0xcc, 0xe1],
	...[0xc8, 0xa1, 0xce, 0xef, 0xc3, 0xe6, 0xc4, 0xa4, 0x0a],
];
const CP1251_SENTENCE = [
	...[0xcf, 0xe5, 0xf0, 0xe5, 0xe4, 0xe0, 0xf7, 0xe0, 0x20, 0xec, 0xee, 0xf0, 0xf1, 0xea],
	...[0xe8, 0xf5, 0x20, 0xf2, 0xe5, 0xf5, 0xed, 0xee, 0xeb, 0xee, 0xe3, 0xe8, 0xe9],
];
const CP1251_TITLE_LINE = [0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xcc, 0xee, 0xf0, 0xf1, 0xea, 0xee, 0xe9, 0x20, 0xe7, 0xee, 0xed, 0xe4, 0x0a];
const CP1252_NORWEGIAN = latin1('title: Havmåling i Tromsø\n');
// chardet takes this one for Vietnamese (windows-1258).
const CP1252_SHORT_TITLE = latin1('title: Tromsø\n');
// Long enough for chardet to be sure; Big5 bytes would also pass for GBK.
const BIG5_SENTENCE = [
	...[0xae, 0xfc, 0xac, 0x76, 0xa7, 0xde, 0xb3, 0x4e, 0xc2, 0xe0, 0xb2, 0xbe, 0xac, 0x4f, 0xa4, 0x40, 0xad, 0xd3, 0xad, 0xab],
	...[0xad, 0x6e, 0xaa, 0xba, 0xa6, 0x58, 0xa7, 0x40, 0xbb, 0xe2, 0xb0, 0xec, 0xa1, 0x41, 0xa7, 0xda, 0xad, 0xcc, 0xaa, 0xba],
	...[0xac, 0xe3, 0xa8, 0x73, 0xa9, 0xd2, 0xa6, 0x62, 0xab, 0x43, 0xae, 0x71, 0xa1, 0x43],
];

/** Windows-1252 bytes of text in its Latin-1 range, which is where Norwegian letters are. */
function latin1(text: string): number[] {
	return [...text].map((char) => char.charCodeAt(0));
}

function problemOf(bytes: Uint8Array | number[]): string {
	const result = decodeContentFile(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), FILE);
	if (!('problem' in result)) throw new Error(`decoded as ${JSON.stringify(result.text)}`);
	return result.problem;
}

describe('decoding a content file', () => {
	it('accepts UTF-8 in every portal language', () => {
		const text = '---\ntitle: 海藻提取物面膜\n---\n\nПередача морских технологий. Havmåling i Tromsø.\r\n\tIndented.\n';
		expect(decodeContentFile(new TextEncoder().encode(text), FILE)).toEqual({ text });
	});

	it('accepts UTF-8 with a byte-order mark and removes the mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: 海藻\n')]);
		expect(decodeContentFile(bytes, FILE)).toEqual({ text: '---\ntitle: 海藻\n' });
	});

	it('has realistic fixtures in GBK, Windows-1251 and Windows-1252', () => {
		expect(new TextDecoder('gbk').decode(new Uint8Array(GBK_SENTENCE))).toBe('海洋技术转移');
		expect(new TextDecoder('gbk').decode(new Uint8Array(GBK_TITLE_LINE))).toBe('title: 海藻提取物面膜\n');
		expect(new TextDecoder('windows-1251').decode(new Uint8Array(CP1251_SENTENCE))).toBe('Передача морских технологий');
		expect(new TextDecoder('windows-1251').decode(new Uint8Array(CP1251_TITLE_LINE))).toBe('title: Морской зонд\n');
		expect(new TextDecoder('windows-1252').decode(new Uint8Array(CP1252_NORWEGIAN))).toBe('title: Havmåling i Tromsø\n');
		expect(new TextDecoder('big5').decode(new Uint8Array(BIG5_SENTENCE))).toBe('海洋技術轉移是一個重要的合作領域，我們的研究所在青島。');
	});

	it('rejects GBK and names it, with how to save as UTF-8', () => {
		for (const bytes of [GBK_SENTENCE, GBK_TITLE_LINE, [...'---\n'].map((c) => c.charCodeAt(0)).concat(GBK_TITLE_LINE, GBK_SENTENCE)]) {
			const problem = problemOf(bytes);
			expect(problem).toContain('is not saved as UTF-8 (it looks like GBK');
			expect(problem).toContain('save it again as "UTF-8" (in Notepad: File > Save as > Encoding: UTF-8)');
		}
	});

	it('rejects Windows-1251 and names it', () => {
		expect(problemOf(CP1251_SENTENCE)).toContain('it looks like Windows-1251, the Cyrillic encoding');
		expect(problemOf(CP1251_TITLE_LINE)).toContain('it looks like Windows-1251, the Cyrillic encoding');
	});

	it('rejects Norwegian in Windows-1252 and names it, not Windows-1251', () => {
		expect(problemOf(CP1252_NORWEGIAN)).toContain('it looks like Windows-1252, the Western European encoding');
		expect(problemOf(CP1252_SHORT_TITLE)).toContain('it looks like Windows-1252, the Western European encoding');
	});

	it('trusts chardet when it is sure, naming Big5 for Traditional Chinese', () => {
		expect(problemOf(BIG5_SENTENCE)).toContain('it looks like Big5, the encoding of Traditional Chinese');
	});

	it('rejects UTF-16 with a byte-order mark, little- or big-endian', () => {
		const littleEndian = new Uint8Array(Buffer.from('\ufeff---\ntitle: 海藻\n---\n', 'utf16le'));
		const bigEndian = new Uint8Array(Buffer.from('\ufeff---\ntitle: 海藻\n---\n', 'utf16le').swap16());
		// Mostly Chinese, so too few zero bytes to look like UTF-16, but enough to look binary: the mark decides.
		const chineseOnly = new Uint8Array(Buffer.from('\ufefftitle: 海洋技术转移。海洋技术转移。海洋技术转移。海洋技术转移。\n', 'utf16le'));
		expect(problemOf(littleEndian)).toContain('it looks like UTF-16');
		expect(problemOf(bigEndian)).toContain('it looks like UTF-16');
		expect(problemOf(chineseOnly)).toContain('it looks like UTF-16');
	});

	it('rejects UTF-16 without a byte-order mark as UTF-16, not as binary', () => {
		expect(problemOf(new Uint8Array(Buffer.from('---\ntitle: Probe\n---\n', 'utf16le')))).toContain('it looks like UTF-16');
	});

	it('rejects a binary file renamed to .md', () => {
		const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
		expect(problemOf(png)).toContain('is not a text file: it contains binary data');
		expect(problemOf(new TextEncoder().encode('---\ntitle: x\n---\n\0'))).toContain('binary data');
	});

	it('rejects an invisible control character, naming its line', () => {
		const result = decodeContentFile(new TextEncoder().encode('---\ntitle: Probe\n---\n\nText\u001b[0m here.\n'), FILE);
		expect(result).toMatchObject({ file: FILE, field: '', line: 5 });
		expect('problem' in result && result.problem).toContain('invisible control character (U+001B) on line 5');
	});
});

const CLEAN_SVG = readFileSync('test/fixtures/content/achievements/fx-0001/diagram.svg', 'utf8');

/** A clean SVG with `inside` added before `</svg>`, on line 2. */
function svgWith(inside: string): string {
	return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n${inside}\n<rect width="10" height="10"/></svg>`;
}

const BAD_SVG: [string, string, string][] = [
	['a <script> element', svgWith('<script>alert(1)</script>'), 'contains the element <script>'],
	['a namespaced <svg:script>', svgWith('<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>'), 'contains the element <svg:script>'],
	['an onload attribute', svgWith('<g onload="alert(1)"/>'), 'event attribute "onload"'],
	['an OnClick attribute in any case', svgWith('<rect OnClick="alert(1)"/>'), 'event attribute "OnClick"'],
	['a <foreignObject>', svgWith('<foreignObject><p>Hi</p></foreignObject>'), 'contains the element <foreignObject>'],
	['an <iframe>', svgWith('<iframe src="https://evil.example"/>'), 'contains the element <iframe>'],
	['an <embed>', svgWith('<embed src="x.swf"/>'), 'contains the element <embed>'],
	['an <object>', svgWith('<object data="x.swf"/>'), 'contains the element <object>'],
	['a <use> of another file', svgWith('<use href="https://evil.example/sprite.svg#a"/>'), 'refers to "https:…" from <use>'],
	['an <image> with a data: URL', svgWith('<image xlink:href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'refers to "data:…" from <image>'],
	['an <a> with a javascript: link', svgWith('<a xlink:href="javascript:alert(1)"><text>x</text></a>'), 'refers to "javascript:…" from <a>'],
	['an <feImage> of another file', svgWith('<filter id="f"><feImage href="photo.jpg"/></filter>'), 'refers to "photo.jpg" from <feImage>'],
	['a <style> loading a URL', svgWith('<style>rect { fill: url(https://evil.example/x.svg#p) }</style>'), '<style> element that loads "https:…"'],
	['a <style> with @import', svgWith('<style><![CDATA[@import "https://evil.example/x.css";]]></style>'), '@import'],
	['a style attribute loading a URL', svgWith('<rect style="fill: url(\'http://evil.example/p\')"/>'), '"style" attribute on <rect> that loads "http:…"'],
	['a URL hidden by a CSS escape', svgWith('<rect style="background: \\75 rl(https://evil.example/p)"/>'), 'loads "https:…"'],
	['a presentation attribute loading a URL', svgWith('<rect fill="url(https://evil.example/p.svg#g)"/>'), '"fill" attribute on <rect>'],
	['an animation that sets a javascript: link', svgWith('<a><set attributeName="href" to="javascript:alert(1)"/></a>'), 'animation <set> that changes "href"'],
	['an <?xml-stylesheet?>', `<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>\n${svgWith('')}`, '<?xml-stylesheet'],
];

describe('the SVG check', () => {
	it('passes the clean sample image', () => {
		expect(findUnsafeSvg(CLEAN_SVG, 'test/fixtures/content/achievements/fx-0001/diagram.svg')).toEqual([]);
	});

	it('passes every SVG in the sample content', () => {
		for (const file of contentFiles('content', '.svg')) expect(findUnsafeSvg(readFileSync(file, 'utf8'), file), file).toEqual([]);
	});

	it('passes local references, gradients and a DOCTYPE without entities', () => {
		const svg = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
${svgWith('<defs><linearGradient id="g"/><path id="p" d="M0 0"/></defs><use href="#p"/><use xlink:href="#p"/><rect fill="url(#g)" style="stroke: url(\'#g\')"/><style>rect { fill: url(#g) }</style>')}`;
		expect(findUnsafeSvg(svg, 'a.svg')).toEqual([]);
	});

	for (const [name, svg, found] of BAD_SVG) {
		it(`reports ${name}, with how to fix it`, () => {
			const issues = findUnsafeSvg(svg, 'content/x/y.svg');
			expect(issues).toHaveLength(1);
			expect(issues[0]).toMatchObject({ file: 'content/x/y.svg', field: '' });
			expect(issues[0]?.problem).toContain(found);
			expect(issues[0]?.problem).toContain('export the image again from the drawing program as a plain SVG');
		});
	}

	it('reports entity declarations (billion laughs) on their line', () => {
		const svg = `<?xml version="1.0"?>\n<!DOCTYPE svg [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&lol2;</text></svg>`;
		const issues = findUnsafeSvg(svg, 'a.svg');
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line: 2 });
		expect(issues[0]?.problem).toContain('declares XML entities');
	});

	it('reports the line of each problem', () => {
		const issues = findUnsafeSvg(svgWith('<rect/>\n<script>alert(1)</script>'), 'a.svg');
		expect(issues.map((issue) => issue.line)).toEqual([3]);
	});

	it('reports a file that is not an SVG at all', () => {
		expect(findUnsafeSvg('<html><body>Hello</body></html>', 'a.svg')[0]?.problem).toContain('is not an SVG image');
	});
});

/** Every href and src on a page, resolved the way a browser resolves them (WHATWG URL drops tabs, for one). */
function urlsIn(html: string): URL[] {
	const base = 'https://portal.example/en/achievements/to-0001/';
	return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map(([, value]) => new URL((value ?? '').replace(/&amp;/g, '&'), base));
}

function contentFiles(dir: string, extension: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith(extension))
		.map((path) => join(dir, path));
}

function markdownFiles(dir: string): string[] {
	// The folder's README is documentation for staff, with example HTML in code; it is not published.
	return contentFiles(dir, '.md').filter((file) => !file.endsWith('README.md'));
}

describe('the renderer’s fast path for plain structure', () => {
	it('passes HTML of only structural tags through unparsed, and the sanitiser would keep it all', () => {
		const plain = '<h2 id="技术优势">技术优势</h2>\n<p>R&amp;D <em>fast</em> &lt;script&gt;</p>\n<ul>\n<li><strong>a</strong></li>\n</ul>\n<hr />\n<table><thead><tr><th>k</th></tr></thead><tbody><tr><td>v</td></tr></tbody></table>';
		expect(isPlainMarkup(plain)).toBe(true);
		expect(sanitizeRenderedHtml(plain)).toBe(plain);
		expect(sanitizeRenderedHtmlFully(plain).replace(/\s/g, '')).toBe(plain.replace(/\s/g, ''));
	});

	it('sends anything else to the sanitiser: attributes, links, pictures, comments, unknown tags', () => {
		for (const html of [
			'<p onclick="alert(1)">x</p>',
			'<p id="header">x</p>',
			'<a href="javascript:alert(1)">x</a>',
			'<img src=x onerror=alert(1)>',
			'<!-- <script>alert(1)</script> -->',
			'<h2 id="a" onmouseover="alert(1)">x</h2>',
			'<h2 id="a"><script>alert(1)</script></h2>',
			'<p>x</p><scrip<script>t>alert(1)</script>',
			'<svg><p>x</p></svg>',
		]) {
			expect(isPlainMarkup(html), html).toBe(false);
			expect(sanitizeRenderedHtml(html), html).not.toMatch(/<script|onerror=|onclick=|onmouseover=|javascript:|<svg|id="header"/);
		}
	});
});
