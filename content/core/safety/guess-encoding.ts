import { analyse } from 'chardet';
import { message, type MessageKey } from '../messages/message.ts';

/** The likely encoding of a file that is not UTF-8, named the way staff will recognise it. */
export type EncodingGuess = {
	/** Short name, e.g. `GBK`. */
	name: string;
	/** The name with a hint where such files come from, for the message (in the staff's language). */
	readonly description: string;
};

/** A known encoding whose description is read from the message catalogue when a message is written. */
const known = (name: string, key: MessageKey): EncodingGuess => ({
	name,
	get description() {
		return message(key);
	},
});

const GBK = known('GBK', 'encoding.gbk');
const CYRILLIC = known('Windows-1251', 'encoding.cyrillic');
const WESTERN = known('Windows-1252', 'encoding.western');
const UTF16 = known('UTF-16', 'encoding.utf16');

// chardet's names, folded into the encodings staff meet; ones not listed are shown as chardet names them.
const CHARDET_NAMES: Record<string, EncodingGuess> = {
	GB18030: GBK,
	GBK: GBK,
	GB2312: GBK,
	'windows-1251': CYRILLIC,
	'KOI8-R': CYRILLIC,
	'ISO-8859-5': CYRILLIC,
	'windows-1252': WESTERN,
	'ISO-8859-1': WESTERN,
	'UTF-16LE': UTF16,
	'UTF-16BE': UTF16,
	Big5: known('Big5', 'encoding.big5'),
	Shift_JIS: known('Shift_JIS', 'encoding.shiftJis'),
};

// chardet is reliable on a page of text but guesses on a title line; below this confidence
// (0-100) the checks for the three encodings staff actually use decide first.
const CONFIDENT = 50;

/** Names the likely encoding of bytes that are not UTF-8, or undefined when nothing fits. */
export function guessEncoding(bytes: Uint8Array): EncodingGuess | undefined {
	if (looksLikeUtf16(bytes)) return UTF16;
	if (looksLikeCyrillic(bytes)) return CYRILLIC;
	const matches = analyse(bytes).filter((match) => match.name !== 'UTF-8' && match.name !== 'ASCII');
	const best = matches[0];
	if (best && best.confidence >= CONFIDENT) return named(best.name);
	if (looksLikeGbk(bytes)) return GBK;
	if (looksLikeWestern(bytes)) return WESTERN;
	return best ? named(best.name) : undefined;
}

/** True for UTF-16 text: it starts with a UTF-16 byte-order mark, or every other byte is zero as in ASCII text. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
	const [first, second] = bytes;
	if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
	if (bytes.length < 4) return false;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let index = 0; index < bytes.length; index++) {
		if (bytes[index] !== 0) continue;
		if (index % 2 === 0) evenZeros++;
		else oddZeros++;
	}
	const half = bytes.length / 2;
	// Markdown is mostly ASCII, whose UTF-16 form has a zero in every other byte and none between.
	return (oddZeros >= half * 0.5 && evenZeros <= half * 0.05) || (evenZeros >= half * 0.5 && oddZeros <= half * 0.05);
}

function named(chardetName: string): EncodingGuess {
	return CHARDET_NAMES[chardetName] ?? { name: chardetName, description: chardetName };
}

// Cyrillic letters are 0xC0-0xFF in Windows-1251 (ё and Ё are 0xB8 and 0xA8) and come in runs,
// as words do. Norwegian æ, ø, å are also 0xC0-0xFF in Windows-1252, but stand alone between
// ASCII letters; GBK pairs spread over 0x81-0xFE.
function looksLikeCyrillic(bytes: Uint8Array): boolean {
	let high = 0;
	let letters = 0;
	let inRuns = 0;
	for (let index = 0; index < bytes.length; index++) {
		const byte = bytes[index] ?? 0;
		if (byte < 0x80) continue;
		high++;
		if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) letters++;
		if ((bytes[index - 1] ?? 0) >= 0x80 || (bytes[index + 1] ?? 0) >= 0x80) inRuns++;
	}
	return high >= 2 && letters >= high * 0.9 && inRuns >= high * 0.5;
}

// Every byte from 0x81 starts a two-byte GBK character whose second byte is 0x40-0xFE, not 0x7F.
function looksLikeGbk(bytes: Uint8Array): boolean {
	let pairs = 0;
	for (let index = 0; index < bytes.length; index++) {
		const byte = bytes[index] ?? 0;
		if (byte < 0x80) continue;
		const next = bytes[index + 1] ?? 0;
		if (byte === 0x80 || byte === 0xff || next < 0x40 || next === 0x7f || next === 0xff) return false;
		pairs++;
		index++;
	}
	return pairs > 0;
}

// Accented Latin letters are single bytes between ASCII ones, unlike the runs of Cyrillic and CJK.
function looksLikeWestern(bytes: Uint8Array): boolean {
	let high = 0;
	let alone = 0;
	for (let index = 0; index < bytes.length; index++) {
		if ((bytes[index] ?? 0) < 0x80) continue;
		high++;
		if ((bytes[index - 1] ?? 0) < 0x80 && (bytes[index + 1] ?? 0) < 0x80) alone++;
	}
	return high > 0 && alone >= high * 0.5;
}
