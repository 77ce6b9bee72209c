import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_NAMES, kindOf } from '../kinds/index.ts';
import { buildContentModel, itemsOf, type ContentModel, type RawEntry } from '../model/build-model.ts';
import { ContentError, type ContentIssue } from '../model/content-error.ts';
import { message } from '../messages/message.ts';
import type { Market } from '../schema/market.ts';
import { paths } from '../urls/paths.ts';
import { decodeContentFile } from '../safety/decode-text.ts';
import { findUnsafeSvg } from '../safety/svg-check.ts';
import { findUnsafeMarkdown } from '../safety/unsafe-markdown.ts';
import { contentDir, displayPath } from './display-path.ts';
import { listContentFiles, type ListedFile } from './list-files.ts';
import { parseMarkdownFile } from './parse-markdown.ts';
import { readMarketFile } from './read-market.ts';

/** An image that ships with an item: where it is on disk and its path under `/media/`. */
export interface MediaFile {
	source: string;
	/** Site path, e.g. `/media/achievements/to-0005/deployment.svg`. */
	urlPath: string;
}

/** Everything in a content folder, read and validated once for the build, the check, the search indexes and the scripts. */
export interface Content {
	root: string;
	market: Market;
	model: ContentModel;
	media: MediaFile[];
	/** Problems that do not stop publishing (an oversized image, a very long body), worded for authors. */
	warnings: ContentIssue[];
}

/** Above these sizes a file still publishes, with a warning: it breaks the page budget (30 KB compressed). */
export const LIMITS = { imageBytes: 2 * 1024 * 1024, bodyCharacters: 40_000 } as const;

const IMAGE = /\.(?:png|jpe?g|webp|svg)$/i;

/**
 * Reads and validates the whole content folder: market.yaml, every item of every kind, the
 * pages and the images. Throws a ContentError naming every problem at once; returns only
 * content that is entirely valid.
 */
export function readContent(root = contentDir()): Content {
	const issues: ContentIssue[] = [];
	const warnings: ContentIssue[] = [];
	const marketRead = readMarketFile(root);
	if ('issues' in marketRead) issues.push(...marketRead.issues);

	const entries: RawEntry[] = [];
	const unparsed = new Set<string>();
	const files = new Map<string, ListedFile>();
	for (const folder of [...KIND_NAMES.map((name) => kindOf(name).folder), 'pages']) {
		const listed = listContentFiles(root, folder, displayPath, 1);
		issues.push(...listed.issues);
		for (const file of listed.files) {
			files.set(file.relative, file);
			if (!file.relative.endsWith('.md')) continue;
			const entry = readMarkdownEntry(file, issues, warnings);
			if (entry) entries.push(entry);
			else unparsed.add(file.relative);
		}
	}

	let model: ContentModel | undefined;
	try {
		model = buildContentModel(entries, unparsed);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		issues.push(...error.issues);
	}
	const media = model ? collectMedia(model, root, files, issues, warnings) : [];
	for (const file of files.values()) {
		if (!file.relative.endsWith('.md') && !media.some((image) => image.source === file.path)) {
			warnings.push({ file: displayPath(file.path), field: '', problem: message('files.notPublished') });
		}
	}
	if (issues.length || !model || 'issues' in marketRead) throw new ContentError(issues);
	return { root, market: marketRead.market, model, media, warnings };
}

/** Just the validated model of a content folder (scripts and tests that need nothing else). */
export function readContentModel(root = contentDir()): ContentModel {
	return readContent(root).model;
}

function readMarkdownEntry(file: ListedFile, issues: ContentIssue[], warnings: ContentIssue[]): RawEntry | undefined {
	const shown = displayPath(file.path);
	const decoded = decodeContentFile(readFileSync(file.path), shown);
	if ('problem' in decoded) {
		issues.push(decoded);
		return undefined;
	}
	const parsed = parseMarkdownFile(decoded.text, shown);
	if ('problem' in parsed) {
		issues.push(parsed);
		return undefined;
	}
	issues.push(...findUnsafeMarkdown(parsed.body, shown, parsed.bodyLine));
	if (parsed.body.length > LIMITS.bodyCharacters) {
		warnings.push({
			file: shown,
			field: '',
			problem: message('files.longBody', { length: parsed.body.length.toLocaleString('en'), limit: LIMITS.bodyCharacters.toLocaleString('en') }),
		});
	}
	return { path: file.relative, file: shown, data: parsed.data, body: parsed.body, fieldLines: parsed.fieldLines };
}

function collectMedia(model: ContentModel, root: string, files: ReadonlyMap<string, ListedFile>, issues: ContentIssue[], warnings: ContentIssue[]): MediaFile[] {
	const media: MediaFile[] = [];
	for (const name of KIND_NAMES) {
		const kind = kindOf(name);
		for (const item of itemsOf(model, name)) {
			for (const image of kind.images(item.facts)) {
				const relative = `${kind.folder}/${item.id}/${image.src}`;
				const file = files.get(relative);
				if (!file || !IMAGE.test(image.src)) {
					issues.push({ file: item.file, field: image.field, problem: message('files.imageMissing', { src: image.src, folder: displayPath(join(root, kind.folder, item.id)) }) });
					continue;
				}
				const shown = displayPath(file.path);
				if (file.size > LIMITS.imageBytes) {
					warnings.push({ file: shown, field: '', problem: message('files.imageLarge', { size: (file.size / 1024 / 1024).toFixed(1), limit: LIMITS.imageBytes / 1024 / 1024 }) });
				}
				if (/\.svg$/i.test(image.src)) {
					const decoded = decodeContentFile(readFileSync(file.path), shown);
					const unsafe = 'problem' in decoded ? [decoded] : findUnsafeSvg(decoded.text, shown);
					if (unsafe.length) {
						issues.push(...unsafe);
						continue;
					}
				}
				media.push({ source: file.path, urlPath: paths.media(kind.folder, item.id, image.src) });
			}
		}
	}
	return media;
}
