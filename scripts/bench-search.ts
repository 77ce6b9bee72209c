/**
 * Search speed in headless Chromium against built sites: the sample content, and a generated
 * corpus of 2,000 offers in four languages. For each, the search page is opened fresh and queries
 * are typed key by key as a visitor would; the time from the last keystroke to rendered results
 * is read in the page (input event → the status turning "done"), so debouncing counts. Bytes are what
 * the browser received (compressed, as the static server sends them) for opening the page plus the
 * first query. Writes the figures to BENCHMARKS.md (search-speed section).
 * Usage: npm run bench:search [-- --items 2000] [-- --runs 3] [-- --skip-build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, provisionChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { describeMachine, writeBenchmarkSection } from './lib/benchmarks-file.ts';

const argument = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const items = Number(argument('--items', '2000'));
const runs = Number(argument('--runs', '3'));
const skipBuild = process.argv.includes('--skip-build');
const WORK = '/tmp/sre-bench-search';

/** Queries typed on the English page: same-language, cross-language (Chinese and Russian words on the English page) and multi-word. */
const QUERIES = ['seaweed extract', 'underwater robot', 'kelp', 'corrosion coating', 'водоросли', '海藻提取物', 'battery recycling', 'fish feed'];

interface Measure {
	cold: number;
	warm: number[];
	bytes: number;
	requests: number;
}

function buildSite(contentDir: string, outDir: string): void {
	if (skipBuild && existsSync(join(outDir, 'index.html'))) return;
	rmSync(outDir, { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		env: { ...process.env, SRE_CONTENT_DIR: contentDir, NODE_ENV: 'production' },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (result.status !== 0) throw new Error(`the build of ${contentDir} failed`);
	console.log(`built ${contentDir} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Types a query key by key and returns the milliseconds from its last input event to results on screen. */
async function typeAndWait(page: Page, query: string): Promise<number> {
	const input = page.locator('input[type=search]').first();
	await input.fill('');
	await page.waitForFunction(() => document.querySelector('[role=status]')?.getAttribute('data-state') === 'idle');
	await page.evaluate(() => {
		const w = window as unknown as { __lastKey: number; __done: number };
		w.__lastKey = 0;
		w.__done = 0;
	});
	await input.pressSequentially(query, { delay: 40 });
	await page.waitForFunction(
		() => {
			const w = window as unknown as { __lastKey: number; __done: number };
			return w.__done > w.__lastKey && document.querySelector('[role=status]')?.getAttribute('data-state') === 'done';
		},
		undefined,
		{ timeout: 15_000 },
	);
	return page.evaluate(() => {
		const w = window as unknown as { __lastKey: number; __done: number };
		return w.__done - w.__lastKey;
	});
}

async function measure(origin: string, executablePath: string): Promise<Measure> {
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		// Timestamps in the page itself: the last keydown, and when the status last turned "done" (results rendered with it).
		await page.addInitScript(() => {
			const w = window as unknown as { __lastKey: number; __done: number };
			w.__lastKey = 0;
			w.__done = 0;
			// The input event, not keydown: characters outside the keyboard layout (Cyrillic, Chinese) are typed without keydown.
			addEventListener('input', () => (w.__lastKey = performance.now()), true);
			new MutationObserver(() => {
				if (document.querySelector('[role=status]')?.getAttribute('data-state') === 'done') w.__done = performance.now();
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'], childList: true });
		});
		let bytes = 0;
		let requests = 0;
		let counting = true;
		page.on('requestfinished', async (request) => {
			if (!counting) return;
			const sizes = await request.sizes().catch(() => undefined);
			if (sizes) {
				bytes += sizes.responseBodySize + sizes.responseHeadersSize;
				requests += 1;
			}
		});
		await page.goto(`${origin}/en/search/`, { waitUntil: 'networkidle' });
		const cold = await typeAndWait(page, QUERIES[0]!);
		await page.waitForLoadState('networkidle');
		counting = false;
		const warm: number[] = [];
		for (const query of QUERIES.slice(1)) warm.push(await typeAndWait(page, query));
		if (process.env.SRE_BENCH_VERBOSE) console.log(QUERIES.slice(1).map((query, index) => `${query}: ${warm[index]!.toFixed(0)} ms`).join(", "));
		await context.close();
		return { cold, warm, bytes, requests };
	} finally {
		await browser.close();
	}
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

const executablePath = provisionChromium();
const corpora: { name: string; content: string; outDir: string }[] = [{ name: 'sample content', content: 'content', outDir: join(WORK, 'dist-sample') }];
if (items > 0) {
	const corpus = join(WORK, `corpus-${items}`);
	if (!(skipBuild && existsSync(corpus))) generateCorpus(corpus, items);
	corpora.push({ name: `${items.toLocaleString('en')} generated offers`, content: corpus, outDir: join(WORK, `dist-${items}`) });
}
const rows: string[] = [];
for (const corpus of corpora) {
	buildSite(corpus.content, corpus.outDir);
	const { server, origin } = await serveStatic(corpus.outDir);
	const measures: Measure[] = [];
	for (let run = 0; run < runs; run++) measures.push(await measure(origin, executablePath));
	server.close();
	const cold = median(measures.map((entry) => entry.cold));
	const warm = median(measures.flatMap((entry) => entry.warm));
	const warmMax = Math.max(...measures.flatMap((entry) => entry.warm));
	const kb = median(measures.map((entry) => entry.bytes)) / 1024;
	const requests = median(measures.map((entry) => entry.requests));
	console.log(`${corpus.name}: cold ${cold.toFixed(0)} ms, warm median ${warm.toFixed(0)} ms (max ${warmMax.toFixed(0)}), ${kb.toFixed(0)} KB in ${requests} requests for page open + first query`);
	rows.push(`| ${corpus.name} | ${cold.toFixed(0)} ms | ${warm.toFixed(0)} ms (max ${warmMax.toFixed(0)} ms) | ${kb.toFixed(0)} KB (${requests} requests) |`);
}
writeBenchmarkSection(
	'search-speed',
	`## Search speed (\`npm run bench:search\`)

Headless Chromium against the built site on loopback (no throttling), English search page. Each query is typed key by key (40 ms apart); the time is from the last keystroke (input event) to the results on screen, measured in the page, so the debounce counts. Cold: the first query after opening the page. Warm: ${QUERIES.length - 1} further queries (${QUERIES.slice(1).join(', ')}), median and worst. Bytes: everything the browser received (compressed, headers included) to open the page and show the first query's results. Median of ${runs} fresh browser sessions. Targets at 2,000 offers: warm ≤ 100 ms, cold ≤ 300 ms, ≤ 200 KB.

| corpus | cold | warm | page open + first query |
| --- | --- | --- | --- |
${rows.join('\n')}

Measured ${new Date().toISOString().slice(0, 10)} on ${await describeMachine()}.`,
);
