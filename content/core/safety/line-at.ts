/** The 1-based line of `offset` in `text`, counting `\n`, `\r\n` and lone `\r` as one line break each. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	const end = Math.min(offset, text.length);
	for (let index = 0; index < end; index++) {
		const char = text.charCodeAt(index);
		// A CR followed by LF is one break; count it at the LF.
		if (char === 0x0a || (char === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) line++;
	}
	return line;
}
