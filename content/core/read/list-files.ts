import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from '../model/content-error.ts';
import { message } from '../messages/message.ts';

/** A regular file found in the content folder. */
export interface ListedFile {
	/** Absolute path. */
	path: string;
	/** Path inside the content folder, with forward slashes: `achievements/to-0007/en.md`. */
	relative: string;
	size: number;
}

const OS_LITTER = new Set(['Thumbs.db', 'desktop.ini']);

/**
 * Lists the regular files under `folder` (a folder of the content root), deepest `depth` levels.
 * Anything else is a problem, not silently skipped: a symlink would publish whatever it points
 * to (a file in /etc, say), and a pipe or device file is never content. A folder that exists but
 * cannot be read is an error, not an empty library. A missing folder is an empty one.
 */
export function listContentFiles(root: string, folder: string, display: (path: string) => string, depth: number): { files: ListedFile[]; issues: ContentIssue[] } {
	const files: ListedFile[] = [];
	const issues: ContentIssue[] = [];
	const walk = (relative: string, level: number) => {
		const path = join(root, relative);
		let names: string[];
		try {
			names = readdirSync(path).sort();
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT' && level === 0) return;
			issues.push({ file: display(path), field: '', problem: message('files.folderUnreadable', { code: code ?? String(error) }) });
			return;
		}
		for (const name of names) {
			const childRelative = `${relative}/${name}`;
			const childPath = join(root, childRelative);
			let stat: Stats;
			try {
				stat = lstatSync(childPath);
			} catch (error) {
				issues.push({ file: display(childPath), field: '', problem: message('files.unreadable', { code: (error as NodeJS.ErrnoException).code ?? String(error) }) });
				continue;
			}
			if (stat.isSymbolicLink()) {
				issues.push({ file: display(childPath), field: '', problem: message('files.symlink') });
			} else if (stat.isDirectory()) {
				if (level < depth) walk(childRelative, level + 1);
				else issues.push({ file: display(childPath) + '/', field: '', problem: message('files.nestedFolder') });
			} else if (stat.isFile()) {
				// Files that editors and file managers leave behind are neither content nor a mistake.
				if (name.startsWith('.') || OS_LITTER.has(name)) continue;
				if (level === 0) issues.push({ file: display(childPath), field: '', problem: message('files.notInFolder', { folder }) });
				else files.push({ path: childPath, relative: childRelative, size: stat.size });
			} else {
				issues.push({ file: display(childPath), field: '', problem: message('files.special') });
			}
		}
	};
	walk(folder, 0);
	return { files, issues };
}
