import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { buildContentModel, type ContentModel, type RawEntry } from './build-model.ts';
import { ContentError, type ContentIssue } from './content-error.ts';
import { collectMedia } from './media.ts';

/** The content folder: `SRE_CONTENT_DIR` when set (fixtures, benchmarks), else `content/`. */
export function contentDir(): string {
	return resolve(process.env.SRE_CONTENT_DIR ?? 'content');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Splits a Markdown file into parsed frontmatter and body, or reports why it cannot. */
export function parseMarkdownFile(text: string, file: string): { data: unknown; body: string } | ContentIssue {
	const match = FRONTMATTER.exec(text);
	if (!match) return { file, field: '', problem: 'has no frontmatter: the file must start with a line "---", the fields, and another line "---"' };
	try {
		return { data: parseYaml(match[1] ?? '') ?? {}, body: (match[2] ?? '').trim() };
	} catch (error) {
		if (error instanceof YAMLParseError) {
			const line = error.linePos?.[0].line;
			return { file, field: '', problem: `the frontmatter is not valid YAML${line ? ` (line ${line + 1})` : ''}: ${error.message.split('\n')[0]}` };
		}
		throw error;
	}
}

/** Reads every Markdown file under the content folder into raw entries. */
export function readRawEntries(root = contentDir()): { entries: RawEntry[]; issues: ContentIssue[] } {
	const entries: RawEntry[] = [];
	const issues: ContentIssue[] = [];
	const display = (path: string) => relative(process.cwd(), path).split(sep).join('/') || path;
	for (const folder of ['achievements', 'cases', 'pages']) {
		for (const path of listMarkdown(join(root, folder))) {
			const file = display(path);
			const parsed = parseMarkdownFile(readFileSync(path, 'utf8'), file);
			if ('problem' in parsed) issues.push(parsed);
			else entries.push({ path: relative(root, path).split(sep).join('/'), file, data: parsed.data, body: parsed.body, ref: undefined });
		}
	}
	return { entries, issues };
}

/** Reads and validates the whole content folder; throws a ContentError naming every problem. */
export function readContentModel(root = contentDir()): ContentModel {
	const { entries, issues } = readRawEntries(root);
	try {
		const model = buildContentModel(entries);
		issues.push(...collectMedia(model, root).issues);
		if (issues.length) throw new ContentError(issues);
		return model;
	} catch (error) {
		if (error instanceof ContentError && issues.length) throw new ContentError([...issues, ...error.issues]);
		throw error;
	}
}

function listMarkdown(dir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return [];
	}
	return names.sort().flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listMarkdown(path);
		return name.endsWith('.md') ? [path] : [];
	});
}
