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

	it('show the body’s words around the match as the snippet, escaped, and the summary when the body has no match', () => {
		const outcome = toOutcome(
			{
				hits: [
					{ itemId: 'a', kind: ['achievement'], languages: ['zh'], title_zh: '标题', summary_zh: '摘要', _formatted: { summary_zh: '摘要', content_zh: '…用于<script>x</script>\uE000海水淡化\uE001浓盐水…' } },
					{ itemId: 'b', kind: ['achievement'], languages: ['en'], title_en: 'Kelp', summary_en: 'A <b>kelp</b> gel', _formatted: { summary_en: 'A <b>\uE000kelp\uE001</b> gel', content_en: 'Kelp gel made from…' } },
				],
			},
			'en',
			['zh'],
			{ achievement: 'achievements' },
		);
		expect(outcome.hits.map((hit) => hit.excerpt)).toEqual(['…用于&lt;script&gt;x&lt;/script&gt;<mark>海水淡化</mark>浓盐水…', 'A &lt;b&gt;<mark>kelp</mark>&lt;/b&gt; gel']);
	});
});
