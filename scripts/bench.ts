/**
 * Build benchmark: generates N achievements in four languages (default 2,000, about 8,000
 * pages), builds them with the real site (layouts, indexes, feeds, Pagefind bundles) and with a
 * bare one-template Astro site, and reports time, pages per second, peak memory and sizes.
 * Usage: npm run bench [-- --items 2000 --runs 2]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateCorpus } from './bench/generate-corpus.ts';
import { describeMachine, writeBenchmarkSection } from './lib/benchmarks-file.ts';

const option = (name: string, fallback: number) => Number(process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback) || fallback;
const items = option('--items', 2000);
/** How many real/bare pairs to build. */
const runs = option('--runs', 2);
const work = resolve('.tmp/bench');
const corpus = join(work, `content-${items}`);

interface Run {
	name: string;
	seconds: number;
	/** Astro's own figure for rendering the pages ("generating static routes"). */
	renderSeconds: number;
	pages: number;
	peakMiB: number;
	distMiB: number;
	searchMiB: number;
}

/** Resident memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		try {
			total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		} catch {
			// Gone.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

function sizeOf(path: string): number {
	const stat = statSync(path, { throwIfNoEntry: false });
	if (!stat) return 0;
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function countHtml(path: string): number {
	return readdirSync(path, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

async function build(name: string, args: string[], outDir: string): Promise<Run> {
	// A clean build each time: Astro empties an existing outDir first, which costs seconds for 8,000 pages.
	rmSync(outDir, { recursive: true, force: true });
	const started = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...args], {
		env: { ...process.env, SRE_CONTENT_DIR: corpus },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let log = '';
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
	const code = await new Promise<number | null>((done) => child.on('exit', done));
	clearInterval(sampler);
	if (code !== 0) throw new Error(`${name} build failed with exit code ${code}`);
	const seconds = (performance.now() - started) / 1000;
	const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
	const rendered = /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(plain);
	const renderSeconds = rendered ? Number(rendered[1]) / (rendered[2] === 'ms' ? 1000 : 1) : Number.NaN;
	const mib = (bytes: number) => bytes / 2 ** 20;
	return { name, seconds, renderSeconds, pages: countHtml(outDir), peakMiB: mib(peak), distMiB: mib(sizeOf(outDir)), searchMiB: mib(sizeOf(join(outDir, 'pagefind'))) };
}

console.log(`generating ${items} achievements in four languages into ${corpus}`);
generateCorpus(corpus, items);
// Real and bare builds alternate, so both see the same machine: this VM's speed drifts by up to
// ±50 % over minutes. The fastest run of each is shown; the ratio is the median of the pairs.
const reals: Run[] = [];
const bares: Run[] = [];
for (let run = 1; run <= runs; run++) {
	reals.push(await build('real site', [], join(work, 'dist-real')));
	bares.push(await build('bare Astro (one template)', ['--root', 'scripts/bench/bare'], join(work, 'dist-bare')));
	console.log(`pair ${run}: real ${reals.at(-1)!.seconds.toFixed(1)} s, bare ${bares.at(-1)!.seconds.toFixed(1)} s`);
}
const fastest = (list: Run[]) => list.reduce((best, run) => (run.seconds < best.seconds ? run : best));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const real = fastest(reals);
const bare = fastest(bares);
const pairRatios = reals.map((run, index) => run.seconds / bares[index]!.seconds);
const ratio = median(pairRatios);

// A fairer second baseline: the bare site plus Pagefind's own CLI indexing its HTML.
const indexStarted = performance.now();
const indexing = spawn(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', join(work, 'dist-bare')], { stdio: 'ignore' });
if ((await new Promise<number | null>((done) => indexing.on('exit', done))) !== 0) throw new Error('pagefind CLI failed on the bare site');
const bareSearchSeconds = (performance.now() - indexStarted) / 1000;
const bareWithSearch = bare.seconds + bareSearchSeconds;
console.log({ bareSearchSeconds });

const row = (run: Run) =>
	`| ${run.name} | ${run.pages.toLocaleString('en')} | ${run.seconds.toFixed(1)} s | ${run.renderSeconds.toFixed(1)} s | ${(run.pages / run.seconds).toFixed(0)} | ${run.peakMiB.toFixed(0)} MiB | ${run.distMiB.toFixed(1)} MiB | ${run.searchMiB ? `${run.searchMiB.toFixed(1)} MiB` : '–'} |`;
writeBenchmarkSection(
	'build',
	`## Build benchmark

\`npm run bench -- --items ${items} --runs ${runs}\`, ${new Date().toISOString().slice(0, 10)}: ${items.toLocaleString('en')} generated achievements, each in zh, en, nb and ru (real sample prose, varied ids, titles and dates). Machine: ${await describeMachine()}. Real and bare builds ran alternately ${runs} times each (this VM's speed drifts between minutes); the table shows the fastest run of each, the ratio is the median of the ${runs} pairs (${pairRatios.map((value) => value.toFixed(2)).join(', ')}). Peak memory is the resident set of the build's whole process tree, sampled every 100 ms.

| build | HTML pages | time | of which rendering pages | pages/s | peak memory | dist/ | search indexes |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row(real)}
${row(bare)}
| bare Astro + \`pagefind --site\` CLI | ${bare.pages.toLocaleString('en')} | ${bareWithSearch.toFixed(1)} s (${bareSearchSeconds.toFixed(1)} s indexing) | ${bare.renderSeconds.toFixed(1)} s | ${(bare.pages / bareWithSearch).toFixed(0)} | – | – | ${(sizeOf(join(work, 'dist-bare', 'pagefind')) / 2 ** 20).toFixed(1)} MiB |

Real build / bare build: **${ratio.toFixed(2)}×** (median of pairs; target ≤ 1.3×); page rendering alone: ${(real.renderSeconds / bare.renderSeconds).toFixed(2)}×; real build / (bare build + Pagefind CLI): ${(real.seconds / bareWithSearch).toFixed(2)}×. The real build also writes index, sector, case, search, about and 404 pages, four RSS feeds, the sitemap, four Pagefind bundles and \`_headers\`; the bare one writes only the ${bare.pages.toLocaleString('en')} item pages.`,
);
console.log(`real/bare = ${ratio.toFixed(2)}× (target <= 1.3); written to BENCHMARKS.md`);
