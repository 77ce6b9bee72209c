/**
 * Search evaluation: builds the held-out evaluation content (test/search-eval/content/: offers
 * on topics absent from the sample, most in Chinese only, as staff publish them), serves it,
 * and runs every query of test/search-eval/queries.yaml through the real search page in
 * Chromium from the query's locale. Prints recall@5 and MRR overall, per kind and per locale,
 * with every miss, and writes the figures to BENCHMARKS.md.
 * The evaluation set was written before the search was tuned and is never edited to pass.
 * Usage: npm run eval:search [-- --no-build]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM_ARGS, provisionChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { LOCALES } from '../content/core/schema/locales.ts';
import { describeMachine, writeBenchmarkSection } from './lib/benchmarks-file.ts';
import { scoreQueries, type QueryResult } from './eval/score.ts';

const CONTENT = resolve('test/search-eval/content');
const DIST = resolve('.tmp/eval/dist');
const querySchema = z.array(
	z.strictObject({ q: z.string().min(1), locale: z.enum(LOCALES), expect: z.array(z.string()).min(1), kind: z.enum(['same-language', 'cross-language', 'sector', 'typo']) }),
);
const queries = querySchema.parse(load(readFileSync('test/search-eval/queries.yaml', 'utf8')));

if (!process.argv.includes('--no-build')) {
	console.log('building the evaluation site…');
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', DIST], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production', SRE_CONTENT_DIR: CONTENT, SRE_CACHE_DIR: resolve('.tmp/eval/cache') },
	});
}

const { server, origin } = await serveStatic(DIST);
const browser = await chromium.launch({ executablePath: provisionChromium(), args: CHROMIUM_ARGS });
const results: QueryResult[] = [];
try {
	const context = await browser.newContext();
	const page = await context.newPage();
	for (const query of queries) {
		await page.goto(`${origin}/${query.locale}/search/?q=${encodeURIComponent(query.q)}`);
		await page.locator('.search-status[data-state="done"]').waitFor({ timeout: 15_000 });
		const hrefs = await page.locator('.search-results h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		results.push({ ...query, found: hrefs.map((href) => href.split('/')[3] ?? '') });
	}
} finally {
	await browser.close();
	server.close();
}

const report = scoreQueries(results);
const line = (name: string, score: { queries: number; recall: number; mrr: number }) => `| ${name} | ${score.queries} | ${score.recall.toFixed(2)} | ${score.mrr.toFixed(2)} |`;
const table = [
	'| queries | n | recall@5 | MRR |',
	'| --- | --- | --- | --- |',
	line('**all**', report.all),
	...Object.entries(report.byKind).map(([kind, score]) => line(kind, score)),
	...Object.entries(report.byLocale).map(([locale, score]) => line(`from /${locale}/`, score)),
].join('\n');
const misses = report.misses.map((miss) => `- ${miss.locale} “${miss.q}” (${miss.kind}): expected ${miss.expect.join(', ')}; top 5: ${miss.found.slice(0, 5).join(', ') || 'nothing'}`).join('\n');
console.log(table);
console.log(`\nMisses (${report.misses.length}):\n${misses}`);
writeBenchmarkSection(
	'search-eval',
	`## Search quality (Pagefind)

\`npm run eval:search\`, ${new Date().toISOString().slice(0, 10)}: ${queries.length} queries of \`test/search-eval/queries.yaml\` against the ${'28'} held-out offers of \`test/search-eval/content/\` (written before the search was tuned, by someone who never saw the termbase; 18 offers in Chinese only), each run through the real search page in Chromium from the query's locale. recall@5: share of the expected offers in the first five results; MRR: mean of 1 / rank of the first expected offer. Cross-language: the expected offer has no text in the query's language. Targets: recall@5 ≥ 0.90 overall, ≥ 0.85 cross-language. Machine: ${await describeMachine()}.

${table}

<details><summary>Misses (${report.misses.length})</summary>

${misses}

</details>`,
);
console.log('written to BENCHMARKS.md');
