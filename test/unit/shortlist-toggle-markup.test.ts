import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ShortlistToggleButton from '../../site/components/shortlist/ShortlistToggleButton.tsx';
import { shortlistToggleHtml } from '../../site/lib/cards/card-html.ts';

// The search island's toggle (React) and the cards' and offer pages' toggle (a string template)
// share one stylesheet and one script's expectations: their buttons must not drift apart.
// canStore() probes localStorage, which Node lacks: an in-memory one stands in.
const stored = new Map<string, string>();
Object.assign(globalThis, {
	localStorage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value), removeItem: (key: string) => void stored.delete(key) },
});

const button = (markup: string) => /<button[\s\S]*<\/button>/.exec(markup)?.[0];

describe('the shortlist toggle', () => {
	it('is the same button in the search island as in cards and on offer pages, escaping the title alike', () => {
		const label = 'В шорт-лист';
		const title = 'Гидроакустика & <b>"модем"</b>';
		const island = renderToStaticMarkup(createElement(ShortlistToggleButton, { id: 'to-0001', label, title, lang: 'ru' }));
		const t = ((key: string) => (key === 'shortlist.button' ? label : key)) as unknown as Parameters<typeof shortlistToggleHtml>[1]['t'];
		const card = shortlistToggleHtml({ id: 'to-0001', title, lang: 'ru' }, { locale: 'ru', t }).value;
		expect(button(island)).toBeDefined();
		expect(button(island)).toBe(button(card));
		expect(button(island)).not.toContain('<b>');
	});
});
