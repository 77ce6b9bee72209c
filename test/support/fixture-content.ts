import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The tests' own content folder (see its README for what each item is for). Staff never edit it. */
export const FIXTURE_CONTENT = resolve('test/fixtures/content');

/**
 * A throw-away copy of the fixture content, for tests that break one file and check the
 * message. Returns the folder and helpers to edit files in it.
 */
export function makeContentFixture() {
	const root = mkdtempSync(join(tmpdir(), 'sre-content-'));
	cpSync(FIXTURE_CONTENT, root, { recursive: true });
	return {
		root,
		read: (path: string) => readFileSync(join(root, path), 'utf8'),
		write: (path: string, text: string | Uint8Array) => writeFileSync(join(root, path), text),
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
