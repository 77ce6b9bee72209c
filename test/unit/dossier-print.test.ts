import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { mergeKeys } from '../../site/lib/dossier/bilingual.ts';
import { fill } from '../../site/lib/dossier/dossier-context.ts';
import { cssString, pageNumberContent, renderPageMargins } from '../../site/lib/dossier/page-margins.ts';
import { qrSvg } from '../../site/lib/dossier/qr-svg.ts';
import { shiftHeadings } from '../../site/lib/dossier/shift-headings.ts';

/** Draws the compact SVG path (M x y.5 h n, m dx 0 h n) into an RGBA image, `scale` pixels per module. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
	const [minX, , box] = /viewBox="(-?\d+) (-?\d+) (\d+) \d+"/.exec(svg)!.slice(1).map(Number) as [number, number, number];
	const path = /<path stroke="#000" d="([^"]*)"/.exec(svg)![1]!;
	const size = box * scale;
	const data = new Uint8ClampedArray(size * size * 4).fill(255);
	let x = 0;
	let y = 0;
	for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
		if (command === 'M') [x, y] = [Number(a), Number(b) - 0.5];
		else if (command === 'm') x += Number(a);
		else {
			for (let col = x; col < x + Number(a); col++) {
				for (let dy = 0; dy < scale; dy++) {
					for (let dx = 0; dx < scale; dx++) {
						const offset = (((y - minX) * scale + dy) * size + (col - minX) * scale + dx) * 4;
						data.fill(0, offset, offset + 3);
					}
				}
			}
			x += Number(a);
		}
	}
	return { data, width: size, height: size };
}

describe('QR codes of dossiers', () => {
	it.each(['https://exchange.example.org/ru/achievements/to-0007/', 'https://fixture.example.org/zh/achievements/fx-0001/'])('encode %s so a decoder reads it back', (url) => {
		const image = rasterise(qrSvg(url));
		expect(jsQR(image.data, image.width, image.height)?.data).toBe(url);
	});

	it('are made once per URL, carry no style attribute (CSP) and hide from assistive technology (the URL is printed beside them)', () => {
		const url = 'https://exchange.example.org/en/achievements/to-0001/';
		expect(qrSvg(url)).toBe(qrSvg(url));
		expect(qrSvg(url)).not.toMatch(/style=/);
		expect(qrSvg(url)).toMatch(/aria-hidden="true"/);
	});
});

describe('page margins of printed dossiers', () => {
	it('turns a page-number string into CSS counters, whatever the word order', () => {
		expect(pageNumberContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
		expect(pageNumberContent('第{{page}}页，共{{pages}}页')).toBe('"第" counter(page) "页，共" counter(pages) "页"');
	});

	it('escapes names so content cannot end the CSS string or the style sheet', () => {
		expect(cssString('A "quoted" \\ name\n</style>')).toBe('"A \\"quoted\\" \\\\ name \\3c /style\\3e "');
	});

	it('names a page per language and per pair, with the market in each running header', () => {
		const names = { zh: '市场', en: 'Market', nb: 'Markedet', ru: 'Рынок' };
		const numbers = { zh: '第{{page}}页', en: 'Page {{page}}', nb: 'Side {{page}}', ru: 'Стр. {{page}}' };
		const css = renderPageMargins(names, numbers, 'sans-serif');
		expect(css).toContain('@page dossier-ru {');
		expect(css).toMatch(/@page dossier-zh-ru \{\n\t@top-center \{ content: "市场 · Рынок";/);
		expect(css).toContain('html[data-dossier-page="dossier-en-nb"] body { page: dossier-en-nb; }');
		expect(css.match(/@page dossier-/g)).toHaveLength(16);
	});
});

describe('dossier text', () => {
	it('moves an offer body’s headings one level down, under the offer’s own heading', () => {
		expect(shiftHeadings('<h2 id="p">Problem</h2><p>h2 stays text</p><h6>x</h6><header>', 1)).toBe('<h3 id="p">Problem</h3><p>h2 stays text</p><h6>x</h6><header>');
	});

	it('puts blocks only the second language has after their predecessor', () => {
		expect(mergeKeys(['title', 'body:1:h', 'body:1:0', 'body:2:h'], ['title', 'body:1:h', 'body:1:0', 'body:1:1', 'body:2:h'])).toEqual(['title', 'body:1:h', 'body:1:0', 'body:1:1', 'body:2:h']);
		expect(mergeKeys(['title', 'body:0:0', 'body:0:1'], ['title'])).toEqual(['title', 'body:0:0', 'body:0:1']);
	});

	it('fills placeholders and leaves unknown ones visible', () => {
		expect(fill('Not yet translated into {{language}}; shown in {{shown}}.', { language: 'Russian', shown: 'Chinese' })).toBe('Not yet translated into Russian; shown in Chinese.');
		expect(fill('{{missing}}', {})).toBe('{{missing}}');
	});
});
