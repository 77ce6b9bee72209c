import { describe, expect, it } from 'vitest';
import { highlightToHtml, toOutcome } from '../../site/components/search/meilisearch-client.ts';

describe('Meilisearch results on the page', () => {
	it('escape the text before inserting highlight marks', () => {
		expect(highlightToHtml('<img src=x onerror=alert(1)> \uE000海水\uE001 & "x"')).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>海水</mark> &amp; &quot;x&quot;');
	});

	it('are shown in the visitor’s language when the item has it, else along the fallback order, linked in the visitor’s language', () => {
		const outcome = toOutcome(
			{
				hits: [
					{ itemId: 'a', kind: ['achievement'], languages: ['zh', 'en'], title_zh: '中', title_en: 'EN', summary_en: 'sum' },
					{ itemId: 'b', kind: ['achievement'], languages: ['ru', 'nb'], title_ru: 'RU', title_nb: 'NB' },
					{ itemId: 'c', kind: ['unknown'], languages: ['en'], title_en: 'x' },
				],
				facetDistribution: { sector: { 'new-materials': 2 } },
			},
			'nb',
			['en', 'zh'],
			{ achievement: 'achievements' },
		);
		expect(outcome.hits.map((hit) => [hit.itemId, hit.lang, hit.title, hit.url])).toEqual([
			['a', 'en', 'EN', '/nb/achievements/a/'],
			['b', 'nb', 'NB', '/nb/achievements/b/'],
		]);
		expect(outcome.counts).toEqual({ sector: { 'new-materials': 2 } });
	});
});
