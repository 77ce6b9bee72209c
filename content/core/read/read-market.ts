import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, issuesFromZod, type ContentIssue } from '../model/content-error.ts';
import { message } from '../messages/message.ts';
import { marketSchema, type Market } from '../schema/market.ts';
import { decodeContentFile } from '../safety/decode-text.ts';
import { displayPath } from './display-path.ts';
import { parseYamlFile, topLevelFieldLines } from './parse-yaml.ts';

/** Reads and validates `market.yaml` of a content folder, or lists what is wrong with it. */
export function readMarketFile(root: string): { market: Market } | { issues: ContentIssue[] } {
	const path = join(root, 'market.yaml');
	const file = displayPath(path);
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		return { issues: [{ file, field: '', problem: missing ? message('market.missing') : message('files.unreadable', { code: String((error as NodeJS.ErrnoException).code) }) }] };
	}
	const decoded = decodeContentFile(bytes, file);
	if ('problem' in decoded) return { issues: [decoded] };
	const parsed = parseYamlFile(decoded.text, file);
	if ('problem' in parsed) return { issues: [parsed] };
	const result = marketSchema.safeParse(parsed.data, { reportInput: true });
	if (!result.success) return { issues: issuesFromZod(file, result.error, topLevelFieldLines(decoded.text, 1)) };
	return { market: result.data };
}

/** The market of a content folder; throws a ContentError naming every problem in market.yaml. */
export function readMarket(root: string): Market {
	const read = readMarketFile(root);
	if ('issues' in read) throw new ContentError(read.issues);
	return read.market;
}
