import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throw-away copy of a few real sample items, for tests that break one file and check the
 * message. Returns the folder and helpers to edit files in it.
 */
export function makeContentFixture(items: { achievements: string[]; cases: string[] } = { achievements: ['to-0001', 'to-0005', 'to-0019'], cases: ['cc-0001', 'cc-0005'] }) {
	const root = mkdtempSync(join(tmpdir(), 'sre-content-'));
	cpSync('content/market.yaml', join(root, 'market.yaml'));
	cpSync('content/pages', join(root, 'pages'), { recursive: true });
	for (const id of items.achievements) cpSync(`content/achievements/${id}`, join(root, 'achievements', id), { recursive: true });
	for (const id of items.cases) cpSync(`content/cases/${id}`, join(root, 'cases', id), { recursive: true });
	return {
		root,
		read: (path: string) => readFileSync(join(root, path), 'utf8'),
		write: (path: string, text: string) => writeFileSync(join(root, path), text),
		/** Replaces one frontmatter line `field: ...` with a new one (or removes it with null). */
		setField(path: string, field: string, line: string | null) {
			const text = readFileSync(join(root, path), 'utf8');
			const pattern = new RegExp(`^${field}:.*$`, 'm');
			if (!pattern.test(text)) throw new Error(`${path} has no ${field} line`);
			writeFileSync(join(root, path), text.replace(pattern, line ?? '').replace(/\n\n+---/, '\n---'));
		},
		/** Adds a frontmatter line just before the closing `---`. */
		addField(path: string, line: string) {
			const text = readFileSync(join(root, path), 'utf8');
			writeFileSync(join(root, path), text.replace(/^(---\n[\s\S]*?\n)---/, `$1${line}\n---`));
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
