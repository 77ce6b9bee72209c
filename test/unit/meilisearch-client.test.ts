import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightToHtml, searchMeilisearch, toOutcome } from '../../site/components/search/meilisearch-client.ts';
import { searchKeys } from '../../site/integrations/search-keys.ts';

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

describe('how long the page waits for Meilisearch', () => {
	const answerAfter = (ms: number) =>
		new Promise<{ url: string; close: () => void }>((ready) => {
			const server = createServer((_request, response) => {
				setTimeout(() => {
					response.writeHead(200, { 'Content-Type': 'application/json' });
					response.end(JSON.stringify({ hits: [], totalHits: 0 }));
				}, ms);
			}).listen(0, '127.0.0.1', () => ready({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }));
		});
	const ask = (url: string, timeoutMs?: number) =>
		searchMeilisearch({ url, searchKey: 'k', index: 'offers', ...(timeoutMs ? { timeoutMs } : {}) }, 'kelp', {}, 'en', ['zh'], { achievement: 'achievements' });

	it('gives up after 800 ms by default, and after the build’s PUBLIC_MEILISEARCH_TIMEOUT_MS when set', async () => {
		const slow = await answerAfter(1200);
		try {
			await expect(ask(slow.url)).rejects.toThrow(/abort/i);
			await expect(ask(slow.url, 3000)).resolves.toMatchObject({ hits: [], total: 0 });
		} finally {
			slow.close();
		}
	});
});

describe('the build’s Meilisearch settings', () => {
	const saved = process.env.PUBLIC_MEILISEARCH_TIMEOUT_MS;
	afterEach(() => {
		if (saved === undefined) delete process.env.PUBLIC_MEILISEARCH_TIMEOUT_MS;
		else process.env.PUBLIC_MEILISEARCH_TIMEOUT_MS = saved;
	});
	const setup = () => (searchKeys().hooks['astro:config:setup'] as (options: unknown) => void)({ logger: { error() {} } });

	it('stop at a timeout that is not a whole number of milliseconds, naming the variable', () => {
		for (const wrong of ['soon', '0', '-5', '1.5', '800ms']) {
			process.env.PUBLIC_MEILISEARCH_TIMEOUT_MS = wrong;
			expect(setup, wrong).toThrow(/PUBLIC_MEILISEARCH_TIMEOUT_MS is "[^"]*": .*whole number/);
		}
		process.env.PUBLIC_MEILISEARCH_TIMEOUT_MS = '1500';
		expect(setup).not.toThrow();
	});
});
