import { describe, expect, it } from 'vitest';
import { fillDossierTemplate } from '../../site/integrations/offer-dossiers.ts';
import { DOSSIER_SLOTS, qrSlot } from '../../site/lib/dossier/offer-dossiers.ts';
import { qrSvg } from '../../site/lib/dossier/qr-svg.ts';
import { html, raw } from '../../site/lib/html/html-template.ts';

describe('html templates', () => {
	it('escapes every value in text and attributes, keeps raw markup, joins arrays, drops null and false', () => {
		const title = `"><script>alert(1)</script>`;
		const out = html`<a title="${title}">${title}</a>${raw('<b>ok</b>')}${[html`<i>${'<1>'}</i>`, 'x&y']}${null}${false}${undefined}${0}`.value;
		expect(out).toBe('<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a><b>ok</b><i>&lt;1&gt;</i>x&amp;y0');
	});
});

describe('offer dossiers written from a template', () => {
	const template = `<title>Dossier: ${DOSSIER_SLOTS.title}</title><a href="/en/achievements/${DOSSIER_SLOTS.id}/">back</a><main data-alternates="{&quot;en&quot;:&quot;/en/achievements/${DOSSIER_SLOTS.id}/dossier/&quot;}">${DOSSIER_SLOTS.content}</main>`;

	it('fills every slot: the id everywhere, the title escaped, the content as markup', () => {
		const page = fillDossierTemplate(template, { id: 'to-0007', title: 'Kelp & <alginate> $& $1', content: '<section>kelp</section>' });
		expect(page).toBe(
			'<title>Dossier: Kelp &amp; &lt;alginate&gt; $&amp; $1</title><a href="/en/achievements/to-0007/">back</a><main data-alternates="{&quot;en&quot;:&quot;/en/achievements/to-0007/dossier/&quot;}"><section>kelp</section></main>',
		);
	});

	it('puts the QR code of each URL in its slot: the worker’s code when there is one, else one drawn here', () => {
		const url = 'https://fixture.example.org/ru/achievements/fx-0001/';
		const dossier = { id: 'fx-0001', title: 'Kelp', content: `<figure>${qrSlot(url)}</figure>` };
		expect(fillDossierTemplate(template, dossier, (asked) => `<svg data-url="${asked}"></svg>`)).toContain(`<figure><svg data-url="${url}"></svg></figure>`);
		expect(fillDossierTemplate(template, dossier)).toContain(`<figure>${qrSvg(url)}</figure>`);
		expect(fillDossierTemplate(template, dossier)).not.toContain('__sre_dossier');
	});

	it('refuses a template that lost a slot, instead of publishing dossiers without their offer', () => {
		expect(() => fillDossierTemplate(template.replace(DOSSIER_SLOTS.content, ''), { id: 'to-0007', title: 'Kelp', content: '<section>kelp</section>' })).toThrow(/slot/);
	});
});
