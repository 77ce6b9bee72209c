import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../read/display-path.ts';
import { parseMarkdownFile } from '../read/parse-markdown.ts';
import { decodeContentFile } from '../safety/decode-text.ts';
import { LOCALES, type Locale } from '../schema/locales.ts';

/** A file of an offer that is already in the content. */
export interface ExistingFile {
	/** `achievements/to-0042/en.md`. */
	relative: string;
	/** The text as UTF-8 with "\n" line breaks and no byte-order mark (to compare with what the import would write); undefined when it is not UTF-8. */
	text: string | undefined;
	/** The frontmatter and body as the reader parses them (on first use: most files of a re-import are byte for byte the same); undefined when they cannot be parsed. */
	parsed(): { data: Record<string, unknown>; body: string } | undefined;
	/** Why it cannot be parsed, worded by the reader. */
	problem(): string | undefined;
}

/** What the content already holds for an id. */
export interface ExistingOffer {
	index?: ExistingFile;
	texts: Partial<Record<Locale, ExistingFile>>;
	/** Problems that stop an update: an index.md that cannot be read (the import could not tell what to keep of it), a folder or pipe in place of a file. */
	unreadable: { file: string; problem: string }[];
}

export type FolderState = { kind: 'absent' } | { kind: 'folder'; offer: ExistingOffer } | { kind: 'unsafe'; path: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the folder `achievements/<id>/` of a content folder, if there is one. A symbolic link or a
 * file in its place is reported, never followed: the import writes only into real folders.
 */
export function readExistingOffer(root: string, id: string): FolderState {
	const kindFolder = join(root, 'achievements');
	const folder = join(kindFolder, id);
	for (const path of [kindFolder, folder]) {
		let stat;
		try {
			stat = lstatSync(path);
		} catch {
			return { kind: 'absent' };
		}
		if (stat.isSymbolicLink() || !stat.isDirectory()) return { kind: 'unsafe', path: displayPath(path) };
	}
	const offer: ExistingOffer = { texts: {}, unreadable: [] };
	for (const name of ['index', ...LOCALES] as const) {
		const relative = `achievements/${id}/${name}.md`;
		const path = join(root, relative);
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ENOENT') continue;
			offer.unreadable.push({ file: displayPath(path), problem: code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})` });
			continue;
		}
		const file = existingFile(relative, bytes, displayPath(path));
		if (name !== 'index') {
			offer.texts[name] = file;
			continue;
		}
		const problem = file.problem();
		if (problem) offer.unreadable.push({ file: displayPath(path), problem });
		else offer.index = file;
	}
	return { kind: 'folder', offer };
}

function existingFile(relative: string, bytes: Buffer, shown: string): ExistingFile {
	let text: string | undefined;
	try {
		text = bytes.includes(0) ? undefined : strictUtf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	} catch {
		text = undefined;
	}
	let result: { data: Record<string, unknown>; body: string } | { problem: string } | undefined;
	const parse = () => {
		if (result) return result;
		// The reader's own decoding and parsing, for its verdict and its words.
		const decoded = decodeContentFile(bytes, shown);
		if ('problem' in decoded) return (result = { problem: decoded.problem });
		const parsed = parseMarkdownFile(decoded.text, shown);
		return (result = 'problem' in parsed ? { problem: parsed.problem } : { data: parsed.data as Record<string, unknown>, body: parsed.body });
	};
	return {
		relative,
		text,
		parsed: () => {
			const parsed = parse();
			return 'problem' in parsed ? undefined : parsed;
		},
		problem: () => {
			const parsed = parse();
			return 'problem' in parsed ? parsed.problem : undefined;
		},
	};
}
