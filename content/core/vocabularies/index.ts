import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError, issuesFromZod } from '../model/content-error.ts';
import { parseYamlFile } from '../read/parse-yaml.ts';
import type { Locale } from '../schema/locales.ts';
import { vocabularySchema, type Vocabulary } from './vocabulary.ts';

export { codesOf, type Vocabulary } from './vocabulary.ts';

/**
 * The vocabularies' files. They belong to the product, not to one content folder: the codes are
 * part of its public contract (URLs, filters, exports), so `SRE_CONTENT_DIR` (fixtures,
 * benchmark corpora) swaps the items and market.yaml but not these.
 */
export const VOCABULARY_DIR = resolve(process.env.SRE_VOCABULARY_DIR ?? 'content/vocabularies');

/** The vocabularies by the name tools, schemas and pages use, with the file each is read from. */
const FILES = {
	sector: 'sectors.yaml',
	ipStatus: 'ip-statuses.yaml',
	cooperationMode: 'cooperation-modes.yaml',
	partyRole: 'party-roles.yaml',
	trl: 'trl.yaml',
} as const;

export type VocabularyName = keyof typeof FILES;

/** Reads and validates every vocabulary file; throws a ContentError naming each problem. */
export function readVocabularies(dir = VOCABULARY_DIR): Record<VocabularyName, Vocabulary> {
	const issues = [];
	const vocabularies: Partial<Record<VocabularyName, Vocabulary>> = {};
	for (const [name, fileName] of Object.entries(FILES) as [VocabularyName, string][]) {
		const path = join(dir, fileName);
		const file = `content/vocabularies/${fileName}`;
		const parsed = parseYamlFile(readFileSync(path, 'utf8'), file);
		if ('problem' in parsed) {
			issues.push(parsed);
			continue;
		}
		const result = vocabularySchema.safeParse(parsed.data);
		if (result.success) vocabularies[name] = result.data;
		else issues.push(...issuesFromZod(file, result.error));
	}
	if (issues.length) throw new ContentError(issues);
	return vocabularies as Record<VocabularyName, Vocabulary>;
}

/** Every vocabulary, read once when first imported (schemas are built from their codes). */
export const VOCABULARIES = readVocabularies();

/** The label of a code in a language, e.g. `labelOf('sector', 'clean-energy', 'ru')`. */
export function labelOf(name: VocabularyName, code: string | number, locale: Locale): string {
	const entry = VOCABULARIES[name][String(code)];
	if (!entry) throw new Error(`Unknown ${name} code "${code}"`);
	return entry[locale];
}
