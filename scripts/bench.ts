/**
 * Build benchmark: generates N achievements in four languages (default 2,000, about 8,000
 * pages), builds them with the real site (layouts, indexes, feeds, Pagefind bundles) and with
 * what a site author would otherwise run, a bare one-template Astro site followed by Pagefind's
 * CLI, and reports time, pages per second, peak memory and sizes, in three situations:
 *   cold:   no caches at all (Astro's content store and the search-bundle cache removed);
 *   warm:   nothing changed since the last build (caches kept): a rebuild, e.g. a daily one;
 *   edited: one offer's Chinese and English text changed since the last build: staff publishing.
 * Usage: npm run bench [-- --items 2000 --runs 2]. Needs about 600 MB of free disk per real build and
 * 60 MB per baseline build at 2,000 items (3 situations × runs × both), freed at the end.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { generateCorpus } from './bench/generate-corpus.ts';
import { describeMachine, writeBenchmarkSection } from './lib/benchmarks-file.ts';

const option = (name: string, fallback: number) => Number(process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback) || fallback;
const items = option('--items', 2000);
/** How many real/bare pairs to build per situation. */
const runs = option('--runs', 2);
const work = resolve('.tmp/bench');
const corpus = join(work, `content-${items}`);

/**
 * Where earlier outputs and caches go instead of being deleted, until every build has been timed.
 * This VM's root file system is ext4 without a journal, and such an ext4 skips inodes freed in the
 * last 60 to 360 seconds when it allocates one (recently_deleted() in fs/ext4/ialloc.c): right after
 * 16,000 files were deleted, each new folder with a file cost 487 µs instead of 114 µs of kernel
 * time. Deleting the previous build's 41,000 files just before timing the next one charged that
 * deletion to the build, the real site (more files) more than the baseline; nothing is deleted
 * between timed builds now, and the trash is emptied once the figures are written.
 */
const trash = join(work, `trash-${process.pid}`);
let moved = 0;
function moveAside(path: string): void {
	if (!existsSync(path)) return;
	mkdirSync(trash, { recursive: true });
	renameSync(path, join(trash, `${++moved}-${basename(path)}`));
}

interface Site {
	name: string;
	args: string[];
	outDir: string;
	cacheDir: string;
	env?: Record<string, string>;
}
const REAL: Site = { name: 'real site', args: [], outDir: join(work, 'dist-real'), cacheDir: join(work, 'cache-real') };
const BARE: Site = { name: 'bare Astro (one template)', args: ['--root', 'scripts/bench/bare'], outDir: join(work, 'dist-bare'), cacheDir: join(work, 'cache-bare') };

interface Run {
	name: string;
	seconds: number;
	/** Astro's own figure for rendering the pages ("generating static routes"). */
	renderSeconds: number;
	pages: number;
	peakMiB: number;
	distMiB: number;
	searchMiB: number;
	/** The search-bundle line of the real build's log (which languages were indexed or reused). */
	searchLog: string;
	/** Bare builds: seconds Pagefind's CLI took to index the built site afterwards. */
	cliSeconds: number;
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

async function build(site: Site): Promise<Run> {
	// An empty output folder each time: Astro would delete the previous build's files first (see `trash`).
	moveAside(site.outDir);
	const started = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', site.outDir, ...site.args], {
		env: { ...process.env, SRE_CONTENT_DIR: corpus, SRE_CACHE_DIR: site.cacheDir, ...site.env },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let log = '';
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	let peak = 0;
	const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
	const code = await new Promise<number | null>((done) => child.on('exit', done));
	clearInterval(sampler);
	if (code !== 0) throw new Error(`${site.name} build failed with exit code ${code}:\n${log.slice(-3000)}`);
	const seconds = (performance.now() - started) / 1000;
	const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
	const rendered = /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(plain);
	const renderSeconds = rendered ? Number(rendered[1]) / (rendered[2] === 'ms' ? 1000 : 1) : Number.NaN;
	const mib = (bytes: number) => bytes / 2 ** 20;
	return {
		name: site.name,
		seconds,
		renderSeconds,
		pages: countHtml(site.outDir),
		peakMiB: mib(peak),
		distMiB: mib(sizeOf(site.outDir)),
		searchMiB: mib(sizeOf(join(site.outDir, 'pagefind'))),
		searchLog: /search bundles written \(records: ([^)]*)\)/.exec(plain)?.[1] ?? '',
		cliSeconds: 0,
	};
}

/** The baseline: the bare build, then Pagefind's CLI over its HTML (it has no cache: it indexes everything every time). */
async function buildBareWithSearch(): Promise<Run> {
	const run = await build(BARE);
	const started = performance.now();
	const indexing = spawn(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', BARE.outDir], { stdio: 'ignore' });
	if ((await new Promise<number | null>((done) => indexing.on('exit', done))) !== 0) throw new Error('pagefind CLI failed on the bare site');
	const cliSeconds = (performance.now() - started) / 1000;
	return { ...run, name: 'bare Astro + `pagefind --site` CLI', cliSeconds, seconds: run.seconds + cliSeconds, searchMiB: sizeOf(join(BARE.outDir, 'pagefind')) / 2 ** 20 };
}

/** Changes the Chinese and English text of one offer, as a member of staff publishing an edit would. */
let edits = 0;
function editOneOffer(): void {
	edits++;
	for (const locale of ['zh', 'en']) appendFileSync(join(corpus, 'achievements', 'bx-00001', `${locale}.md`), `\n\nEdit ${edits}: ${locale === 'zh' ? '更新了联系方式。' : 'contact details updated.'}\n`);
}

interface Situation {
	name: string;
	description: string;
	/** Runs before each build of either site. */
	prepare: (site: Site) => void;
}

const SITUATIONS: Situation[] = [
	{ name: 'cold', description: 'no caches', prepare: (site) => moveAside(site.cacheDir) },
	{ name: 'warm', description: 'nothing changed since the previous build', prepare: () => undefined },
	{ name: 'edited', description: 'one offer’s zh and en text changed since the previous build', prepare: () => editOneOffer() },
];

// What an earlier run left (an interrupted run's trash included) is deleted only after this run's builds.
for (const name of existsSync(work) ? readdirSync(work) : []) if (name.startsWith('trash-') || name === basename(corpus)) moveAside(join(work, name));
for (const site of [REAL, BARE]) moveAside(site.cacheDir);
console.log(`generating ${items} achievements in four languages into ${corpus}`);
generateCorpus(corpus, items);

/** The median; of an even count, the mean of the two middle values (not the lower one, which flattered two-run figures). */
const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
};
const fastest = (list: Run[]) => list.reduce((best, run) => (run.seconds < best.seconds ? run : best));
const results: { situation: Situation; reals: Run[]; bares: Run[]; ratios: number[] }[] = [];
// Situations run in this order, so the cold builds leave the caches the warm ones start from.
for (const situation of SITUATIONS) {
	const reals: Run[] = [];
	const bares: Run[] = [];
	// Real and baseline builds alternate, so both see the same machine: this VM's speed drifts by up
	// to ±50 % over minutes. The fastest run of each is shown; the ratio is the median of the pairs.
	for (let run = 1; run <= runs; run++) {
		situation.prepare(REAL);
		reals.push(await build(REAL));
		situation.prepare(BARE);
		bares.push(await buildBareWithSearch());
		const [real, bare] = [reals.at(-1)!, bares.at(-1)!];
		console.log(`${situation.name} pair ${run}: real ${real.seconds.toFixed(1)} s (rendering ${real.renderSeconds.toFixed(1)} s; search: ${real.searchLog}), bare + CLI ${bare.seconds.toFixed(1)} s (rendering ${bare.renderSeconds.toFixed(1)} s, CLI ${bare.cliSeconds.toFixed(1)} s): ${(real.seconds / bare.seconds).toFixed(2)}×`);
	}
	results.push({ situation, reals, bares, ratios: reals.map((run, index) => run.seconds / bares[index]!.seconds) });
}

const cold = results[0]!;
const coldReal = fastest(cold.reals);
const coldBare = fastest(cold.bares);
const renderRatio = median(cold.reals.map((run, index) => run.renderSeconds / cold.bares[index]!.renderSeconds));
const row = (run: Run) =>
	`| ${run.name} | ${run.pages.toLocaleString('en')} | ${run.seconds.toFixed(1)} s${run.cliSeconds ? ` (${run.cliSeconds.toFixed(1)} s CLI)` : ''} | ${run.renderSeconds.toFixed(1)} s | ${(run.pages / run.seconds).toFixed(0)} | ${run.peakMiB.toFixed(0)} MiB | ${run.distMiB.toFixed(1)} MiB | ${run.searchMiB ? `${run.searchMiB.toFixed(1)} MiB` : '–'} |`;
const situationRow = ({ situation, reals, bares, ratios }: (typeof results)[number]) =>
	`| ${situation.name}: ${situation.description} | ${fastest(reals).seconds.toFixed(1)} s | ${fastest(bares).seconds.toFixed(1)} s | **${median(ratios).toFixed(2)}×** (${ratios.map((value) => value.toFixed(2)).join(', ')}) | ${fastest(reals).searchLog || '–'} |`;

writeBenchmarkSection(
	'build',
	`## Build benchmark

\`npm run bench -- --items ${items} --runs ${runs}\`, ${new Date().toISOString().slice(0, 10)}: ${items.toLocaleString('en')} generated achievements, each in zh, en, nb and ru (real sample prose, varied ids, titles and dates). Machine: ${await describeMachine()}. The baseline is what a site author would otherwise run on the same corpus: bare Astro (one template, Astro's defaults) followed by Pagefind's CLI. In each situation real and baseline builds ran alternately ${runs} times (this VM's speed drifts between minutes): times are the fastest run of each, the ratio is the median of the pairs (each pair's ratio in brackets). Each build writes into a fresh output folder and nothing is deleted until all builds are timed (this VM's ext4 has no journal and allocates files slowly right after a large deletion). Target: real ≤ 1.0 × baseline.

| situation | real site | bare Astro + Pagefind CLI | real / baseline | search bundles of the fastest real build |
| --- | --- | --- | --- | --- |
${results.map(situationRow).join('\n')}

Cold builds in detail (peak memory is the resident set of the build's whole process tree, sampled every 100 ms):

| build | HTML pages | time | of which rendering pages | pages/s | peak memory | dist/ | search indexes |
| --- | --- | --- | --- | --- | --- | --- | --- |
${row(coldReal)}
${row(coldBare)}

Cold: page rendering alone is ${renderRatio.toFixed(2)}× bare (median of pairs). The real build also writes index, sector, case, search, about and 404 pages, four RSS feeds, the sitemap, four Pagefind bundles (one per language, for cross-language search) and \`_headers\`, and checks every content file; the bare one writes only the ${coldBare.pages.toLocaleString('en')} item pages and one Pagefind bundle.`,
);
for (const { situation, ratios } of results) console.log(`${situation.name}: real / (bare + Pagefind CLI) = ${median(ratios).toFixed(2)}× (target <= 1.0)`);
console.log('written to BENCHMARKS.md');
console.log(`deleting the earlier builds' output (${trash})`);
rmSync(trash, { recursive: true, force: true });
