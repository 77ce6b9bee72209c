import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ID_PATTERN } from '../schema/fields.ts';
import { LOCALES } from '../schema/locales.ts';

/** A file the import writes: its path inside the content folder and its whole text. */
export interface FileWrite {
	/** `achievements/to-0042/en.md`. */
	relative: string;
	text: string;
}

/** Raised when writing failed; every file was put back unless `unrestored` names some. */
export class WriteError extends Error {
	readonly unrestored: readonly string[];
	constructor(reason: string, unrestored: string[]) {
		super(reason);
		this.name = 'WriteError';
		this.unrestored = unrestored;
	}
}

const WRITABLE = new RegExp(`^achievements/(${ID_PATTERN.source.slice(1, -1)})/(index|${LOCALES.join('|')})\\.md$`);

/** The absolute path of a file the import may write, or an error: only `achievements/<valid id>/<index or locale>.md`, inside real folders. */
export function writablePath(root: string, file: string): string {
	const match = WRITABLE.exec(file);
	const base = resolve(root, 'achievements');
	const path = resolve(root, file);
	if (!match || relative(base, path).split(sep).length !== 2 || relative(base, path).startsWith('..')) {
		throw new WriteError(`refusing to write ${file}: the import writes only content/achievements/<id>/<index or language>.md`, []);
	}
	for (const folder of [base, dirname(path)]) {
		if (existsSync(folder) && (lstatSync(folder).isSymbolicLink() || !lstatSync(folder).isDirectory())) {
			throw new WriteError(`refusing to write into ${folder}: it is a symbolic link or not a folder`, []);
		}
	}
	return path;
}

/**
 * Writes files all or nothing. Every new text first goes to a hidden temporary file next to its
 * target (the reader skips files whose names begin with a dot); only when all of them are written
 * are they renamed over their targets, and a failure while renaming puts back what was there
 * before: the earlier bytes of replaced files, no new files, no new folders.
 * `rename` is replaceable so that tests can make it fail midway.
 */
export function writeAllOrNothing(root: string, writes: readonly FileWrite[], rename: (from: string, to: string) => void = renameSync): void {
	const targets = writes.map((write) => writablePath(root, write.relative));
	const createdFolders: string[] = [];
	const temporaries: string[] = [];
	const backups = new Map<string, Buffer | null>();
	const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;

	const removeTemporaries = () => {
		for (const temporary of temporaries) {
			try {
				unlinkSync(temporary);
			} catch {
				// Already renamed or never written.
			}
		}
	};
	const removeCreatedFolders = () => {
		for (const folder of [...createdFolders].reverse()) {
			try {
				rmdirSync(folder);
			} catch {
				// Not empty (a file that could not be removed): leave it.
			}
		}
	};

	// Temporary files an interrupted import left behind (killed between writing and renaming) go first.
	for (const folder of new Set(targets.map((target) => dirname(target)))) {
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder)) {
			if (name.startsWith('.') && name.endsWith('.import-tmp')) rmSync(join(folder, name), { force: true });
		}
	}

	// 1. Folders and temporary files: nothing visible changes yet.
	try {
		for (const [index, write] of writes.entries()) {
			const target = targets[index]!;
			for (const folder of [dirname(dirname(target)), dirname(target)]) {
				if (!existsSync(folder)) {
					mkdirSync(folder);
					createdFolders.push(folder);
				}
			}
			backups.set(target, existsSync(target) ? readFileSync(target) : null);
			const temporary = join(dirname(target), `.${tag}.${index}.import-tmp`);
			temporaries.push(temporary);
			writeFileSync(temporary, write.text, { flag: 'wx' });
		}
	} catch (error) {
		removeTemporaries();
		removeCreatedFolders();
		throw new WriteError(describe(error), []);
	}

	// 2. Renames, each atomic; on a failure, put back the ones done.
	const done: string[] = [];
	try {
		for (const [index, target] of targets.entries()) {
			rename(temporaries[index]!, target);
			done.push(target);
		}
	} catch (error) {
		const unrestored: string[] = [];
		for (const target of done.reverse()) {
			try {
				const before = backups.get(target);
				if (before === null || before === undefined) unlinkSync(target);
				else {
					const temporary = join(dirname(target), `.${tag}.restore.import-tmp`);
					writeFileSync(temporary, before);
					renameSync(temporary, target);
				}
			} catch {
				unrestored.push(target);
			}
		}
		removeTemporaries();
		removeCreatedFolders();
		throw new WriteError(describe(error), unrestored);
	}
}

function describe(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const message = error instanceof Error ? error.message : String(error);
	return code && !message.includes(code) ? `${code}: ${message}` : message;
}
