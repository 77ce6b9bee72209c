/**
 * Imports technology offers from a spreadsheet (.xlsx, .csv in UTF-8, .json; one offer per row)
 * into the content folder, all or nothing (content/core/import/). Messages in Chinese when LC_ALL,
 * LC_MESSAGES or LANG starts with "zh".
 * Usage: npm run import -- [--dry-run] FILE
 * Exit code 0 when the import went through (or would, with --dry-run), 1 when nothing was written
 * because of a problem, 2 for a wrong command line.
 */
import { isAbsolute, resolve } from 'node:path';
import { importOffers } from '../content/core/import/import-offers.ts';
import { translator } from '../content/core/import/messages.ts';

const t = translator();
const args = process.argv.slice(2);
const options = args.filter((arg) => arg.startsWith('-'));
const files = args.filter((arg) => !arg.startsWith('-'));
const unknown = options.find((option) => option !== '--dry-run' && option !== '--help' && option !== '-h');

if (options.includes('--help') || options.includes('-h')) {
	console.log(t('usage'));
} else if (unknown || files.length !== 1) {
	console.error(unknown ? t('unknownOption', { option: unknown }) : t('oneFile', { count: files.length }));
	console.error(t('usage'));
	process.exitCode = 2;
} else {
	// npm runs scripts in the project folder; a file name is meant from where the command was typed.
	const file = isAbsolute(files[0]!) ? files[0]! : resolve(process.env.INIT_CWD ?? process.cwd(), files[0]!);
	const result = await importOffers({ file, dryRun: options.includes('--dry-run') });
	(result.ok ? console.log : console.error)(result.lines.join('\n'));
	if (!result.ok) process.exitCode = 1;
	// For npm run bench:import: where the time went, and the CPU time of the whole process (start-up included).
	if (process.env.SRE_IMPORT_TIMINGS) {
		const cpu = process.cpuUsage();
		console.error(`timings: ${JSON.stringify({ ...result.timings, processCpu: (cpu.user + cpu.system) / 1e6, processWall: performance.now() / 1000 })}`);
	}
}
