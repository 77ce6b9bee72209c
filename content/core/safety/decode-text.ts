import type { SafetyIssue } from './issue.ts';
import { message } from '../messages/message.ts';
import { guessEncoding, looksLikeUtf16 } from './guess-encoding.ts';
import { lineAt } from './line-at.ts';

// Throws on the first byte that is not UTF-8, instead of quietly turning it into "�" on the page.
// A byte-order mark is accepted (Windows Notepad writes one) and removed from the text.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

// C0 control characters other than tab, LF and CR (and DEL) are invisible in editors and mean
// nothing in Markdown or YAML; they come with text pasted from PDFs or old systems.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Decodes a content file as UTF-8 (with or without byte-order mark), or says how it is saved wrongly. */
export function decodeContentFile(bytes: Uint8Array, file: string): { text: string } | SafetyIssue {
	// UTF-16 of ASCII text is full of zero bytes, so it is told apart before the binary check.
	if (looksLikeUtf16(bytes)) return notUtf8(bytes, file);
	if (bytes.includes(0)) {
		return {
			file,
			field: '',
			problem: message('encoding.binary'),
		};
	}
	let text: string;
	try {
		text = strictUtf8.decode(bytes);
	} catch {
		return notUtf8(bytes, file);
	}
	const controls = [...text.matchAll(CONTROL)];
	const [first] = controls;
	if (first) {
		const line = lineAt(text, first.index);
		const code = first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		const more = controls.length > 1 ? message('encoding.controlMore', { count: controls.length - 1 }) : '';
		return {
			file,
			field: '',
			problem: message('encoding.control', { code, line, more }),
			line,
		};
	}
	return { text };
}

function notUtf8(bytes: Uint8Array, file: string): SafetyIssue {
	const guess = guessEncoding(bytes);
	const looks = guess ? message('encoding.looksLike', { encoding: guess.description }) : '';
	return { file, field: '', problem: message('encoding.notUtf8', { looks }) };
}
