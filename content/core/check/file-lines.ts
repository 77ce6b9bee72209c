import { readFileSync } from 'node:fs';

/**
 * Finds lines in content files for warnings about valid content (the model keeps values, not
 * where they were written). Each file is read once, and only when a warning needs a line.
 */
export class FileLines {
	readonly #files = new Map<string, readonly string[]>();

	/** The 1-based line of a top-level frontmatter field `name:`, if the file has it. */
	field(file: string, name: string): number | undefined {
		const at = this.#lines(file).findIndex((line) => line.startsWith(`${name}:`));
		return at >= 0 ? at + 1 : undefined;
	}

	/** The line at or after field `name` that contains `text` (a list entry, a nested value); `nth` counts from 0. */
	valueAfter(file: string, name: string, text: string, nth = 0): number | undefined {
		const from = this.field(file, name);
		if (from === undefined) return undefined;
		let seen = 0;
		const at = this.#lines(file).findIndex((line, index) => index + 1 >= from && line.includes(text) && seen++ === nth);
		return at >= 0 ? at + 1 : from;
	}

	/** The first line that is exactly `text` once trimmed. */
	line(file: string, text: string): number | undefined {
		const at = this.#lines(file).findIndex((line) => line.trim() === text);
		return at >= 0 ? at + 1 : undefined;
	}

	#lines(file: string): readonly string[] {
		let lines = this.#files.get(file);
		if (!lines) {
			try {
				lines = readFileSync(file, 'utf8').split(/\r?\n/);
			} catch {
				lines = [];
			}
			this.#files.set(file, lines);
		}
		return lines;
	}
}

/** `line` as an issue field, or nothing when unknown. */
export function at(line: number | undefined): { line?: number } {
	return line === undefined ? {} : { line };
}
