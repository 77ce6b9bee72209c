import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ContentError } from '../../content/core/model/content-error.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { currentSourceHash } from '../../content/core/translation/translation-status.ts';
import { setFrontmatterField } from '../../content/core/write/frontmatter-field.ts';

/** The fixture items that exist for their publication or translation state (see the fixture README). */
const STATE_ITEMS = ['achievements/fx-0008', 'achievements/fx-0009', 'achievements/fx-0010', 'cases/fc-0003'];

/** The tests' own content folder (see its README for what each item is for). Staff never edit it. */
export const FIXTURE_CONTENT = resolve('test/fixtures/content');

/**
 * A throw-away copy of the fixture content, for tests that break one file and check the
 * message. Returns the folder and helpers to edit files in it. `ordinary: true` leaves out the items
 * that exist for their state (draft, expired, archived, a case on them) and makes every translation up
 * to date and human-made: content with nothing to warn about, for tests that add one problem at a time.
 */
export function makeContentFixture(options: { ordinary?: boolean } = {}) {
	const root = mkdtempSync(join(tmpdir(), 'sre-content-'));
	cpSync(FIXTURE_CONTENT, root, { recursive: true });
	if (options.ordinary) {
		for (const item of STATE_ITEMS) rmSync(join(root, item), { recursive: true, force: true });
		// Collections name offers by id: drop the removed ones from their lists.
		const collection = join(root, 'collections/fk-0002/index.md');
		writeFileSync(collection, readFileSync(collection, 'utf8').replace(/, fx-0010\b/, ''));
		const offer = readContent(root).model.achievements.find((item) => item.id === 'fx-0006')!;
		for (const locale of ['en', 'ru'] as const) {
			const path = join(root, 'achievements/fx-0006', `${locale}.md`);
			writeFileSync(path, setFrontmatterField(readFileSync(path, 'utf8'), 'translatedFrom', currentSourceHash(offer)!).replace(/^machineTranslated: true\n/m, ''));
		}
	}
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

/** Reads a content folder and returns the ContentError's message; fails if the content is accepted. */
export function problemsIn(root: string): string {
	try {
		readContent(root);
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('the content was accepted');
}
