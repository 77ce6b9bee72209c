import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

// The pipeline the content loader renders every body with (Astro's renderMarkdown reads
// `markdown.processor` from this config): even Markdown that bypassed the content check
// reaches a page without anything that could run, navigate or restyle.
const processor = config.markdown!.processor as { createRenderer: (options: object) => Promise<{ render: (markdown: string) => Promise<{ code: string }> }> };
const renderer = await processor.createRenderer({ syntaxHighlight: false });
const render = async (markdown: string) => (await renderer.render(markdown)).code;

describe('the site’s Markdown pipeline (astro.config.mjs)', () => {
	it.each([
		['a script', '<script>alert(1)</script>', /<script|alert/i],
		['an event handler', '<img src="x" onerror="alert(1)">', /onerror|alert/i],
		['a javascript: link', '[click](javascript:alert(1))', /javascript:/i],
		['an iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe|evil\.example/i],
		['a form posting elsewhere', '<form action="https://evil.example/"><input name="p"></form>', /<form|<input|evil\.example/i],
		['a base element', '<base href="https://evil.example/">', /<base|evil\.example/i],
		['a style element', '<style>body { display: none }</style>', /<style|display/i],
		['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta|evil\.example/i],
		['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /data:/i],
	])('removes %s', async (_name, markdown, forbidden) => {
		const html = await render(`Before.\n\n${markdown}\n\nAfter.`);
		expect(html).not.toMatch(forbidden);
		expect(html).toContain('Before.');
		expect(html).toContain('After.');
	});

	it('keeps what Markdown is for: headings, lists, tables, links, emphasis and formulas', async () => {
		const html = await render('## Advantages\n\n- **30 %** less energy\n- H<sub>2</sub>O, 10<sup>6</sup>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n[Report](https://example.org/report.pdf)');
		expect(html).toMatch(/<h2[^>]*>Advantages<\/h2>/);
		expect(html).toContain('<strong>30 %</strong>');
		expect(html).toContain('H<sub>2</sub>O');
		expect(html).toContain('10<sup>6</sup>');
		expect(html).toMatch(/<table>[\s\S]*<td>1<\/td>/);
		expect(html).toContain('<a href="https://example.org/report.pdf">Report</a>');
	});
});
