import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { KIND_NAMES, kindOf } from '../kinds/index.ts';
import type { ContentModel } from '../model/build-model.ts';
import { ContentError, type ContentIssue } from '../model/content-error.ts';
import { displayPath } from '../read/display-path.ts';
import { readContent } from '../read/read-content.ts';
import type { FileWrite } from './apply.ts';

/**
 * Where the temporary copy goes: memory (/dev/shm) where the system has it, else the temporary
 * folder. Creating thousands of folders is slow on some disks (3 ms each on the machine the
 * benchmark ran on), and the copy is read once and removed.
 */
function scratchFolder(): string {
	try {
		accessSync('/dev/shm', constants.W_OK);
		return statSync('/dev/shm').isDirectory() ? '/dev/shm' : tmpdir();
	} catch {
		return tmpdir();
	}
}

/** What the real reader says about the content as it would be after the import. */
export interface OverlayResult {
	/** Problems, with `relative` set when the file is inside the content folder (`achievements/to-0042/en.md`). */
	issues: (ContentIssue & { relative?: string })[];
	warnings: (ContentIssue & { relative?: string })[];
	/** The model the reader built, when it found no problem. */
	model?: ContentModel;
}

/**
 * Validates the content as it would be after writing `writes`, with the reader the build uses
 * (decoding, frontmatter, schemas, unsafe Markdown, cross-checks between files): on a temporary
 * copy of what the reader reads (market.yaml, every kind's folder, pages) with the new files
 * laid over it. The content folder itself is only read. When nothing would change, the content
 * folder itself is read: it is the content as it would be.
 */
export function validateOverlay(root: string, writes: readonly FileWrite[]): OverlayResult {
	// Nothing would change (a re-import): the content as it would be is the content as it is.
	if (writes.length === 0) return readAndLocate(root);
	const copy = mkdtempSync(join(scratchFolder(), 'sre-import-'));
	try {
		for (const name of ['market.yaml', ...KIND_NAMES.map((kind) => kindOf(kind).folder), 'pages']) {
			const from = join(root, name);
			// Symbolic links are copied as links, so that the reader reports them as it would in the real folder.
			if (existsSync(from)) cpSync(from, join(copy, name), { recursive: true, verbatimSymlinks: true });
		}
		for (const write of writes) {
			const path = join(copy, write.relative);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, write.text);
		}
		return readAndLocate(copy);
	} finally {
		rmSync(copy, { recursive: true, force: true });
	}
}

/** The reader's verdict on a content folder, each problem with its path inside the folder where it has one. */
function readAndLocate(folder: string): OverlayResult {
	const shownFolder = `${displayPath(folder)}/`;
	const locate = (issue: ContentIssue) => {
		// "content/achievements/<id>/" is how the reader names a folder without index.md, whatever the root.
		const relative = issue.file.startsWith(shownFolder) ? issue.file.slice(shownFolder.length) : /^content\/(achievements\/[^/]+\/)$/.exec(issue.file)?.[1];
		return relative ? { ...issue, relative } : issue;
	};
	try {
		const content = readContent(folder);
		return { issues: [], warnings: content.warnings.map(locate), model: content.model };
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return { issues: error.issues.map(locate), warnings: [] };
	}
}
