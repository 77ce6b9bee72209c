import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../site/lib/dossier/qr-svg.ts';
import { html, raw } from '../../site/lib/html/html-template.ts';
import { ID_SLOT, fillTemplate, qrSlot, slot } from '../../site/lib/page-templates/page-templates.ts';

describe('html templates', () => {
	it('escapes every value in text and attributes, keeps raw markup, joins arrays, drops null and false', () => {
		const title = `"><script>alert(1)</script>`;
		const out = html`<a title="${title}">${title}</a>${raw('<b>ok</b>')}${[html`<i>${'<1>'}</i>`, 'x&y']}${null}${false}${undefined}${0}`.value;
		expect(out).toBe('<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a><b>ok</b><i>&lt;1&gt;</i>x&amp;y0');
	});
});

describe('pages written from a template', () => {
	const template = `<title>Dossier: ${slot('title')}</title><a href="/en/achievements/${ID_SLOT}/">back</a><main data-alternates="{&quot;en&quot;:&quot;/en/achievements/${ID_SLOT}/dossier/&quot;}">${slot('content')}</main>`;
	const page = (slots: Record<string, string>) => ({ path: '/en/achievements/to-0007/dossier/', slots: { id: 'to-0007', title: 'Kelp', content: '<section>kelp</section>', ...slots } });
	const noQr = () => '';

	it('fills every slot: the id everywhere, text and markup as given', () => {
		expect(fillTemplate(template, page({ title: 'Kelp &amp; &lt;alginate&gt; $& $1' }), noQr)).toBe(
			'<title>Dossier: Kelp &amp; &lt;alginate&gt; $& $1</title><a href="/en/achievements/to-0007/">back</a><main data-alternates="{&quot;en&quot;:&quot;/en/achievements/to-0007/dossier/&quot;}"><section>kelp</section></main>',
		);
	});

	it('does not fill slots found in the values: staff text cannot pull in another slot', () => {
		const filled = fillTemplate(template, page({ title: `${slot('content')} ${ID_SLOT}` }), noQr);
		expect(filled).toContain(`<title>Dossier: ${slot('content')} ${ID_SLOT}</title>`);
		expect(filled.match(/<section>kelp<\/section>/g)).toHaveLength(1);
	});

	it('puts the QR code of each URL in its slot', () => {
		const url = 'https://fixture.example.org/ru/achievements/fx-0001/';
		const filled = fillTemplate(template, page({ content: `<figure>${qrSlot(url)}</figure>` }), (asked) => `<svg data-url="${asked}"></svg>`);
		expect(filled).toContain(`<figure><svg data-url="${url}"></svg></figure>`);
		expect(filled).not.toContain('__sre_qr');
		expect(fillTemplate(template, page({ content: `<figure>${qrSlot(url)}</figure>` }), qrSvg)).toContain(`<figure>${qrSvg(url)}</figure>`);
	});

	it('refuses a template that lost a slot or has one the page does not fill, instead of publishing pages without their offer', () => {
		expect(() => fillTemplate(template.replace(slot('content'), ''), page({}), noQr)).toThrow(/no __sre_slot_content__ slot/);
		expect(() => fillTemplate(`${template}${slot('head')}`, page({}), noQr)).toThrow(/__sre_slot_head__ slot the page does not fill/);
	});
});
