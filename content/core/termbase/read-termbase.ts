import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from '../read/display-path.ts';
import { message } from '../messages/message.ts';
import { parseYamlFile } from '../read/parse-yaml.ts';
import { decodeContentFile } from '../safety/decode-text.ts';
import { issuesFromZod, type ContentIssue } from '../model/content-error.ts';
import { LOCALES } from '../schema/locales.ts';
import { termbaseFileSchema, type Concept, type TermbaseDomain } from '../schema/termbase.ts';
import { comparisonKey, TermIndex } from './term-index.ts';

/**
 * The termbase's files. Like the vocabularies, it belongs to the portal, not to one content
 * folder: it must work on offers its authors never saw (another market's, the evaluation set).
 */
export const TERMBASE_DIR = resolve(process.env.SRE_TERMBASE_DIR ?? 'content/termbase');

/** A concept with where it is written, for messages. */
export interface TermbaseConcept extends Concept {
	domain: TermbaseDomain;
	file: string;
	line: number;
}

/** The validated termbase: its concepts by id, and an index that finds them in texts. */
export interface Termbase {
	concepts: readonly TermbaseConcept[];
	byId: ReadonlyMap<string, TermbaseConcept>;
	index: TermIndex;
}

/**
 * Reads and checks every termbase file: each file against the schema, then across files:
 * an id used twice, and a variant (compared as search compares it: lower case, stemmed) that
 * points at two concepts in one language, each named by file and line.
 */
export function readTermbase(dir = TERMBASE_DIR): { termbase: Termbase; issues: ContentIssue[] } {
	const { concepts, issues } = readTermbaseFiles(dir);
	issues.push(...findConflicts(concepts));
	return { termbase: { concepts, byId: new Map(concepts.map((concept) => [concept.id, concept])), index: new TermIndex(concepts) }, issues };
}

/** Just the concepts of every file, each checked against the schema (the glossary needs no index): a tenth of readTermbase's time. */
export function readTermbaseFiles(dir = TERMBASE_DIR): { concepts: TermbaseConcept[]; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const concepts: TermbaseConcept[] = [];
	let names: string[] = [];
	try {
		names = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') issues.push({ file: displayPath(dir), field: '', problem: message('files.unreadable', { code: String((error as NodeJS.ErrnoException).code) }) });
	}
	for (const name of names) {
		const path = join(dir, name);
		const file = displayPath(path);
		const decoded = decodeContentFile(readFileSync(path), file);
		if ('problem' in decoded) {
			issues.push(decoded);
			continue;
		}
		const parsed = parseYamlFile(decoded.text, file);
		if ('problem' in parsed) {
			issues.push(parsed);
			continue;
		}
		const result = termbaseFileSchema.safeParse(parsed.data, { reportInput: true });
		const lines = conceptLines(decoded.text);
		if (!result.success) {
			issues.push(...issuesFromZod(file, result.error).map((issue) => withConceptLine(issue, lines)));
			continue;
		}
		if (name !== `${result.data.domain}.yaml`) issues.push({ file, field: 'domain', problem: message('termbase.domainMismatch', { domain: result.data.domain, name }) });
		result.data.concepts.forEach((concept, position) => concepts.push({ ...concept, domain: result.data.domain, file, line: lines[position] ?? 1 }));
	}
	return { concepts, issues };
}

/** The line of each concept's `- id:` in a file, in order. */
function conceptLines(text: string): number[] {
	const lines: number[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (/^\s*-\s+id\s*:/.test(line)) lines.push(index + 1);
	});
	return lines;
}

function withConceptLine(issue: ContentIssue, lines: readonly number[]): ContentIssue {
	const position = /^concepts\.(\d+)/.exec(issue.field)?.[1];
	return position === undefined ? issue : { ...issue, line: lines[Number(position)] };
}

function findConflicts(concepts: readonly TermbaseConcept[]): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const ids = new Map<string, TermbaseConcept>();
	const owners = new Map<string, TermbaseConcept>();
	for (const concept of concepts) {
		const earlier = ids.get(concept.id);
		if (earlier) issues.push({ file: concept.file, line: concept.line, field: 'id', problem: message('termbase.duplicateId', { id: concept.id, file: earlier.file, line: earlier.line }) });
		else ids.set(concept.id, concept);
		for (const lang of LOCALES) {
			const term = comparisonKey(concept[lang].term, lang);
			const forms = new Set([term, ...concept[lang].variants.map((phrase) => comparisonKey(phrase, lang))]);
			for (const key of forms) {
				if (!key) continue;
				const owner = owners.get(`${lang}:${key}`);
				// Two preferred terms that search cannot tell apart (patent, patentability) are a deliberate pair: both are found.
				const bothTerms = owner && key === term && comparisonKey(owner[lang].term, lang) === key;
				if (owner && owner.id !== concept.id && !bothTerms) {
					issues.push({
						file: concept.file,
						line: concept.line,
						field: `${concept.id}.${lang}`,
						problem: message('termbase.variantConflict', { term: key.replace(/^=/, ''), id: owner.id, file: owner.file, line: owner.line }),
					});
				} else owners.set(`${lang}:${key}`, concept);
			}
		}
	}
	return issues;
}
