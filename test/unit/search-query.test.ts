import { describe, expect, it } from 'vitest';
import { partialMatches } from '../../site/components/search/pagefind-client.ts';
import { queryWords } from '../../site/components/search/query-words.ts';

describe('the words a query is searched with', () => {
	it('drops function words and single letters, which match everything as prefixes', () => {
		expect(queryWords('робот для контроля вант', 'ru')).toEqual(['робот', 'контроля', 'вант']);
		expect(queryWords('в по к', 'ru')).toEqual([]);
		expect(queryWords('The cleaning of a hull', 'en')).toEqual(['cleaning', 'hull']);
		expect(queryWords('overvåking av korrosjon', 'nb')).toEqual(['overvåking', 'korrosjon']);
	});

	it('segments Chinese as the browser does and keeps single Han characters that are words', () => {
		const words = queryWords('基于海藻的提取物', 'zh');
		expect(words.join('')).toBe('海藻提取物');
		expect(words).not.toContain('的');
	});

	it('ignores punctuation, repeats and anything past the first 200 characters', () => {
		expect(queryWords('"seaweed" OR (seaweed)!', 'en')).toEqual(['seaweed']);
		expect(queryWords(`${'a'.repeat(300)} seaweed`, 'en')).toEqual(['a'.repeat(200)]);
	});
});

describe('results for some of the words', () => {
	const result = (id: string, score: number) => ({ id, score, data: async () => ({ url: id, excerpt: '', meta: {} }) });
	const engine = (byWord: Record<string, ReturnType<typeof result>[]>) => ({
		search: async (word: string) => ({ results: byWord[word] ?? [] }),
		options: async () => undefined,
		init: async () => undefined,
		mergeIndex: async () => undefined,
		debouncedSearch: async () => null,
	});

	it('come after full matches, the ones matching more words first, then by score', async () => {
		const found = await partialMatches(
			engine({ lithium: [result('a', 1), result('b', 5)], battery: [result('a', 1), result('c', 9)], recycling: [result('a', 1), result('full', 9)] }),
			['lithium', 'battery', 'recycling'],
			{},
			[result('full', 10)],
		);
		expect(found.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
	});
});
