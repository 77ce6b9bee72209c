import { createServer, type Server } from 'node:http';

/**
 * A stand-in for a Meilisearch server's search endpoint, for the browser tests (no Meilisearch can
 * be installed here): answers `POST /indexes/offers/search` with the documented response shape and
 * CORS headers, one fixed hit. A query containing "slowly" is answered after six seconds, past the
 * test build's timeout (STANDIN_TIMEOUT_MS), so the page must fall back to Pagefind. A query containing "many" has 35 hits (four pages of ten), and the
 * title of the one hit returned names the page asked for ("… · page 2").
 */
export function meilisearchSearchStandin(): Promise<{ server: Server; url: string; queries: unknown[] }> {
	const queries: unknown[] = [];
	const server = createServer((request, response) => {
		const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization, content-type, x-meilisearch-client', 'Access-Control-Allow-Methods': 'POST, OPTIONS' };
		if (request.method === 'OPTIONS') {
			response.writeHead(204, cors);
			return response.end();
		}
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { q?: string; page?: number; hitsPerPage?: number; highlightPreTag?: string; highlightPostTag?: string; attributesToCrop?: string[] };
			const many = String(body.q).includes('many');
			const pageNote = many ? ` · page ${body.page}` : '';
			queries.push({ path: request.url, authorization: request.headers.authorization, body });
			const answer = () => {
				const [pre, post] = [body.highlightPreTag ?? '', body.highlightPostTag ?? ''];
				response.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
				response.end(
					JSON.stringify({
						hits: [
							{
								id: 'achievement-fx-0002',
								itemId: 'fx-0002',
								kind: ['achievement'],
								languages: ['zh'],
								title_zh: '海水淡化浓盐水提锂用锰系离子筛吸附材料',
								summary_zh: '<img src=x onerror=alert(1)> 海水淡化',
								_formatted: {
									title_zh: `${pre}海水淡化${post}浓盐水提锂用锰系离子筛吸附材料${pageNote}`,
									summary_zh: `<img src=x onerror=alert(1)> ${pre}海水淡化${post}`,
									// A crop of the body around the match, as attributesToCrop returns it.
									...(body.attributesToCrop?.includes('content_zh') ? { content_zh: `…反渗透<img src=x onerror=alert(2)>${pre}海水淡化${post}浓盐水中锂浓度…` } : {}),
								},
							},
						],
						query: body.q ?? '',
						processingTimeMs: 1,
						hitsPerPage: body.hitsPerPage,
						page: body.page,
						totalPages: many ? 4 : 1,
						totalHits: many ? 35 : 1,
						facetDistribution: { sector: { 'new-materials': 1 } },
					}),
				);
			};
			if (String(body.q).includes('slowly')) setTimeout(answer, 6000);
			else answer();
		});
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
		const address = server.address();
		resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, queries });
	}));
}
