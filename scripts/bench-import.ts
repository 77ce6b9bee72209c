/**
 * Import benchmark: generates N offers (default 10,000) from the sample content's real prose,
 * writes them as CSV UTF-8 and as .xlsx into a temporary folder, and times `npm run import`
 * (the real command line, in its own process) into temporary content folders:
 *   csv:       N new offers from the CSV file;
 *   re-import: the same CSV again (every offer compared, nothing written);
 *   xlsx:      N new offers from the workbook, into a fresh content folder.
 * Prints the times and writes them to BENCHMARKS.md ("Import"). Target: under a minute each.
 * Usage: npm run bench:import [-- --rows 10000]
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLUMNS } from '../content/core/import/columns.ts';
import { toCsv, toXlsx, type OfferRow } from '../content/core/import/write-table.ts';
import { readContentModel } from '../content/core/read/read-content.ts';
import { LOCALES } from '../content/core/schema/locales.ts';
import { describeMachine, writeBenchmarkSection } from './lib/benchmarks-file.ts';

const rowsOption = process.argv.includes('--rows') ? Number(process.argv[process.argv.indexOf('--rows') + 1]) : NaN;
const count = Number.isInteger(rowsOption) && rowsOption > 0 ? rowsOption : 10_000;

const day = (date: Date) => date.toISOString().slice(0, 10);
const amount = (value: number) => value.toLocaleString('en');

/** N rows of the interchange format, varied from the sample offers (every language they have, real bodies). */
export function generateRows(total: number): OfferRow[] {
	const templates = readContentModel('content').achievements.filter((item) => item.facts.owner.name[item.facts.sourceLocale] !== undefined);
	return Array.from({ length: total }, (_, index) => {
		const item = templates[index % templates.length]!;
		const { facts } = item;
		const id = `im-${String(index + 1).padStart(5, '0')}`;
		const published = new Date(Date.UTC(2024, 0, 1) + (index % 700) * 86_400_000);
		const row: OfferRow = {
			id,
			sourceLocale: facts.sourceLocale,
			sector: facts.sector,
			trl: facts.trl,
			ipStatus: facts.ipStatus,
			patents: (facts.patents ?? []).join(';'),
			cooperationModes: facts.cooperationModes.join(';'),
			ownerName: facts.owner.name[facts.sourceLocale],
			ownerCountry: facts.owner.country,
			targetRegions: (facts.targetRegions ?? []).join(';'),
			terms: facts.terms === 'negotiable' ? 'negotiable' : `${facts.terms.currency} ${amount(facts.terms.min)}-${amount(facts.terms.max)}`,
			contact: facts.contact === 'market' ? 'market' : facts.contact.email,
			published: day(published),
			expires: index % 3 === 0 ? '' : day(new Date(published.getTime() + 730 * 86_400_000)),
			status: index % 50 === 0 ? 'draft' : 'published',
		};
		for (const locale of LOCALES) {
			if (locale !== facts.sourceLocale && facts.owner.name[locale]) row[`ownerName_${locale}`] = facts.owner.name[locale];
			const text = item.texts[locale];
			if (!text) continue;
			const suffix = ` (${id})`;
			row[`title_${locale}`] = text.data.title.slice(0, 120 - suffix.length) + suffix;
			row[`summary_${locale}`] = text.data.summary;
			row[`body_${locale}`] = text.body;
		}
		return row;
	});
}

/** A content folder with the tests' market, pages and seven offers, to import into. */
function freshContent(parent: string, name: string): string {
	const root = join(parent, name);
	cpSync('test/fixtures/content', root, { recursive: true });
	return root;
}

type Phases = { read: number; rows: number; content: number; write: number };
interface Timings extends Phases {
	cpu: Phases;
	processCpu: number;
	processWall: number;
}

/** Runs `npm run import` as staff do (its own process); the command prints its phases' times with SRE_IMPORT_TIMINGS. */
function run(file: string, root: string): Promise<{ seconds: number; summary: string; timings: Timings; load: number }> {
	const load = loadavg()[0] ?? 0;
	const started = performance.now();
	const child = spawn(process.execPath, ['scripts/import.ts', file], {
		env: { ...process.env, SRE_CONTENT_DIR: root, SRE_IMPORT_TIMINGS: '1', LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	let errors = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	return new Promise((resolve, reject) => {
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const summary = output.trim().split('\n').at(-1) ?? '';
			const timings = /^timings: (.*)$/m.exec(errors)?.[1];
			if (code !== 0 || !timings) reject(new Error(`import of ${file} failed (exit ${code}):\n${(output + errors).slice(0, 4000)}`));
			else resolve({ seconds, summary, timings: JSON.parse(timings) as Timings, load });
		});
	});
}

/** Wall-clock and CPU time, the CPU time of each phase, and the load when the run began: one table row's cells. */
const describeRun = (result: Awaited<ReturnType<typeof run>>) =>
	`${result.seconds.toFixed(1)} s | ${result.timings.processCpu.toFixed(1)} s | ${(['read', 'rows', 'content', 'write'] as const).map((phase) => result.timings.cpu[phase].toFixed(1)).join(' / ')} | ${result.load.toFixed(1)}`;

const countFiles = (root: string) => readdirSync(join(root, 'achievements'), { recursive: true }).filter((name) => String(name).endsWith('.md')).length;
const megabytes = (path: string) => `${(statSync(path).size / 1024 / 1024).toFixed(1)} MB`;

if (import.meta.main) {
	const work = mkdtempSync(join(tmpdir(), 'sre-bench-import-'));
	try {
		console.log(`generating ${count.toLocaleString('en')} offers…`);
		const rows = generateRows(count);
		const csv = join(work, 'offers.csv');
		const xlsx = join(work, 'offers.xlsx');
		writeFileSync(csv, toCsv(rows, COLUMNS));
		writeFileSync(xlsx, await toXlsx(rows, COLUMNS));
		const texts = rows.reduce((sum, row) => sum + LOCALES.filter((locale) => row[`title_${locale}`]).length, 0);
		console.log(`  ${csv}: ${megabytes(csv)}; ${xlsx}: ${megabytes(xlsx)}; ${texts.toLocaleString('en')} texts`);

		const first = freshContent(work, 'content-csv');
		const fromCsv = await run(csv, first);
		console.log(`csv:       ${describeRun(fromCsv)}  (${fromCsv.summary})`);
		const files = countFiles(first);
		const again = await run(csv, first);
		console.log(`re-import: ${describeRun(again)}  (${again.summary})`);
		const second = freshContent(work, 'content-xlsx');
		const fromXlsx = await run(xlsx, second);
		console.log(`xlsx:      ${describeRun(fromXlsx)}  (${fromXlsx.summary})`);

		const machine = await describeMachine();
		const date = new Date().toISOString().slice(0, 10);
		writeBenchmarkSection(
			'import',
			`## Import

\`npm run bench:import -- --rows ${count}\`, ${date}: ${count.toLocaleString('en')} offers generated from the sample offers (real prose in every language they have: ${texts.toLocaleString('en')} texts with their Markdown bodies), written as CSV UTF-8 (${megabytes(csv)}) and as .xlsx (${megabytes(xlsx)}), each imported with \`npm run import\` (its own process, start-up included) into a copy of the tests' content folder. Every row is checked with the build's schemas, and the whole content as it would be with the real reader on a temporary copy, before anything is written. Machine: ${machine}. Target: under a minute.

| run | file | result | time | CPU time | of which read / rows / content / write (s) | load average |
| --- | --- | --- | --- | --- | --- | --- |
| new offers | CSV | ${fromCsv.summary} (${files.toLocaleString('en')} Markdown files) | ${describeRun(fromCsv)} |
| the same file again | CSV | ${again.summary} | ${describeRun(again)} |
| new offers | .xlsx | ${fromXlsx.summary} | ${describeRun(fromXlsx)} |

Time is the wall-clock time of the command; CPU time is what its process used (user and system), start-up included; the phases' CPU times: reading and parsing the file; checking every row and comparing it with the content (reading the offers it updates); the real reader on a temporary copy of the content with the new files laid over it (in \`/dev/shm\` where there is one); writing the files (temporary files, then renames). The load average (1 minute) is the machine's when the run began: other work on this two-core machine stretches the wall-clock time, not the CPU time.`,
		);
		console.log('wrote BENCHMARKS.md (Import)');
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
