import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { buildContentModel, type ContentModel, type RawEntry } from './build-model.ts';
import { ContentError, type ContentIssue } from './content-error.ts';
import { collectMedia } from './media.ts';

/** The content folder: `SRE_CONTENT_DIR` when set (fixtures, benchmarks), else `content/`. */
export function contentDir(): string {
	return resolve(process.env.SRE_CONTENT_DIR ?? 'content');
}

/**
 * Frontmatter is read with js-yaml (the parser Astro's loader uses; eight times faster than the
 * `yaml` package on 10,000 files, 75 ms against 600 ms) with its core schema: YAML 1.2 without
 * timestamps, so `NO` stays the string for Norway and a date stays the text the author wrote.
 * js-yaml's default schema silently turns `2026-13-45` into 14 February 2027; as text, the
 * date schema rejects it and names the field.
 */
export const parseYaml = (text: string): unknown => load(text, { schema: CORE_SCHEMA });

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** Splits a Markdown file into parsed frontmatter and body, or reports why it cannot. */
export function parseMarkdownFile(text: string, file: string): { data: unknown; body: string } | ContentIssue {
	const match = FRONTMATTER.exec(text);
	if (!match) return { file, field: '', problem: 'has no frontmatter: the file must start with a line "---", the fields, and another line "---"' };
	try {
		return { data: parseYaml(match[1] ?? '') ?? {}, body: (match[2] ?? '').trim() };
	} catch (error) {
		if (error instanceof YAMLException) {
			// mark.line counts from 0 within the frontmatter; the file's line 1 is the opening "---".
			const line = error.mark?.line;
			return { file, field: '', problem: `the frontmatter is not valid YAML${line !== undefined ? ` (line ${line + 2})` : ''}: ${error.reason}` };
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
