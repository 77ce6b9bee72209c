import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'BENCHMARKS.md';

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` in BENCHMARKS.md (appends it when missing). */
export function writeBenchmarkSection(name: string, markdown: string): void {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const block = `${start}\n${markdown.trim()}\n${end}`;
	const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n';
	const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
	writeFileSync(FILE, pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`);
}

/** One line describing the machine, for the record next to the figures. */
export async function describeMachine(): Promise<string> {
	const os = await import('node:os');
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
}
