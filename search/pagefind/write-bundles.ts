import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { LOCALES, type Locale } from '../../content/core/schema/locale.ts';
import type { SearchDocument } from '../documents/search-document.ts';
import { facetValues } from '../documents/facets.ts';
import { bundlePath } from './bundle-path.ts';
import { closePagefindServices, pagefindFor } from './pagefind-services.ts';
import { buildVocabulary, VOCABULARY_FILE } from './vocabulary.ts';


/**
 * Bump when the mapping from search documents to Pagefind records below changes, so bundles
 * cached by an older version are not reused.
 */
const RECORD_FORMAT = 5;
const PAGEFIND_VERSION = installedVersion('pagefind');
/** Written last into a finished bundle: a folder without it is an interrupted build. */
const COMPLETE = '.complete';

export interface BundleReport {
	lang: Locale;
	records: number;
	/** True when the bundle came from the cache (same documents, same Pagefind) without indexing. */
	cached: boolean;
}

/** Bundles built (or found) in the cache folder, ready to be placed into the site: plain data, so a worker can hand it over. */
export interface PreparedBundles {
	reports: BundleReport[];
	/** The cache folder holding each language's finished bundle. */
	folders: Partial<Record<Locale, string>>;
}

export interface PrepareOptions {
	/**
	 * A folder on the same disk as the build output (Astro's cacheDir). Each language's bundle is
	 * kept there under a hash of its documents; a build whose documents for a language are
	 * unchanged reuses that bundle instead of indexing again.
	 */
	cacheDir: string;
	/** false: always index (the cache folder is still used for staging). */
	reuse?: boolean;
}

/**
 * The cache key of one language's bundle: Pagefind's version, the record format and every record
 * Pagefind receives, the real translations' and the index-only documents' apart
 * (`<translations>-<index-only>`), so a build can tell from its translations alone whether a
 * cached bundle may fit before the termbase has been matched (startBundles).
 */
export function bundleKey(lang: Locale, documents: readonly SearchDocument[]): string {
	const translationsKey = recordsKey(lang, documents.filter((document) => !document.indexOnly));
	const indexOnlyKey = recordsKey(lang, documents.filter((document) => document.indexOnly));
	return `${translationsKey}-${indexOnlyKey}`;
}

function recordsKey(lang: Locale, documents: readonly SearchDocument[]): string {
	const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\n${RECORD_FORMAT}\n${lang}\n`);
	for (const document of documents) hash.update(JSON.stringify(pagefindRecord(document))).update('\n');
	return hash.digest('hex').slice(0, 16);
}

/** What Pagefind receives for one document (and all a bundle depends on). */
function pagefindRecord(document: SearchDocument) {
	return {
		url: document.url,
		content: document.content,
		language: document.lang,
		// The shown language is the text's; an index-only record's content (facts and termbase equivalents) is never shown.
		meta: { title: document.title, summary: document.summary, itemId: document.itemId, kind: document.kind, lang: document.textLang, ...(document.indexOnly ? { indexOnly: '1' } : {}) },
		filters: facetValues(document),
		sort: { date: document.date },
	};
}

/** A build's bundles, started on the real translations' documents (startBundles). */
export interface BundleJob {
	/**
	 * Indexes the index-only documents too (or finds the finished bundle in the cache) and writes every
	 * language's bundle. `documents` must hold the very translation objects indexing started on, in
	 * their order (other objects throw); only `terms` and `concepts`, which records do not carry, may change.
	 */
	finish(documents: readonly SearchDocument[]): Promise<PreparedBundles>;
}

/**
 * Builds one Pagefind bundle per language. Separate bundles, not one multilingual bundle,
 * because Pagefind's mergeIndex cannot merge languages inside the primary bundle: the search
 * page searches the visitor's bundle and merges the others. Indexing runs in Pagefind's own
 * process, so it can start before Astro renders the pages and overlap with it.
 *
 * Each bundle is written to a temporary folder and renamed into the cache only when complete,
 * so a failed or interrupted build never leaves a half-written bundle that a later build would
 * reuse, and never replaces the bundle of the previous good build.
 */
export function prepareBundles(documents: readonly SearchDocument[], options: PrepareOptions): Promise<PreparedBundles> {
	const translations = documents.filter((document) => !document.indexOnly);
	return startBundles(translations, options).finish(documents);
}

/**
 * prepareBundles in two steps, for a caller that knows the real translations' documents before
 * the index-only ones (which need the termbase: stageSearchDocuments). Languages with no cached
 * bundle of these translations start indexing at once, in Pagefind's process; the others wait
 * for `finish`, which decides whether their cached bundle fits. The caller's event loop must run
 * meanwhile: the records reach Pagefind through a pipe that it fills.
 */
export function startBundles(translations: readonly SearchDocument[], options: PrepareOptions): BundleJob {
	const feed = openBundles(options);
	feed.add(translations);
	return feed.start(translations);
}

/** startBundles in steps, for a caller that makes the translations' documents item by item (openBundles). */
export interface BundleFeed {
	/** Hands documents of real translations to the languages indexing already; the others ignore them. */
	add(documents: readonly SearchDocument[]): void;
	/** Called once with every real translation's document (those given to `add` included, in the same order). */
	start(translations: readonly SearchDocument[]): BundleJob;
}

/**
 * A language with no cached bundle at all (a first build, a new cache folder, `reuse: false`) has
 * nothing to compare its documents with: it starts indexing as the feed opens, and its records go
 * to Pagefind as `add` receives them, while the caller makes the next ones. The other languages
 * are decided in `start`, as startBundles does. Feeding in the order of the translations keeps
 * the bundles identical to startBundles' (Pagefind numbers pages in the order they are added).
 */
export function openBundles(options: PrepareOptions): BundleFeed {
	const root = join(options.cacheDir, 'pagefind-bundles');
	mkdirSync(root, { recursive: true });
	const cached = readdirSync(root).filter((name) => existsSync(join(root, name, COMPLETE)));
	const fed = new Map<Locale, { index: Promise<PagefindIndex>; added: Promise<void>[] }>();
	for (const lang of LOCALES) {
		if (options.reuse !== false && cached.some((name) => name.startsWith(`${lang}-`))) continue;
		const index = createIndex(lang);
		// Awaited in finish; until then a failure must not count as unhandled.
		index.catch(() => undefined);
		fed.set(lang, { index, added: [] });
	}
	let started = false;
	return {
		add(documents) {
			if (started) throw new Error('search documents were added after the bundles started');
			for (const document of documents) {
				const feed = fed.get(document.lang);
				if (!feed) continue;
				const added = feed.index.then((index) => addRecord(index, document.lang, document));
				added.catch(() => undefined);
				feed.added.push(added);
			}
		},
		start(translations) {
			started = true;
			const early = new Map<Locale, EarlyIndex>();
			for (const lang of LOCALES) {
				const records = translations.filter((document) => document.lang === lang);
				const feed = fed.get(lang);
				if (feed) {
					if (feed.added.length !== records.length) throw new Error(`${feed.added.length} ${lang} search documents were added, but the translations have ${records.length}`);
					const index = Promise.all(feed.added).then(() => feed.index);
					index.catch(() => undefined);
					early.set(lang, { records, index });
					continue;
				}
				// A cached bundle of these translations probably fits: finish decides, once the index-only documents are known.
				const key = recordsKey(lang, records);
				if (options.reuse !== false && cached.some((name) => name.startsWith(`${lang}-${key}-`))) continue;
				const index = fillIndex(lang, records);
				index.catch(() => undefined);
				early.set(lang, { records, index });
			}
			return { finish: (documents) => finishBundles(root, documents, early, options) };
		},
	};
}

/** A language that started indexing before finish: the translations' documents it was given, and its index. */
interface EarlyIndex {
	records: readonly SearchDocument[];
	index: Promise<PagefindIndex>;
}

/** The same document objects in the same order: what an early index was given is what finish is asked to write. */
const sameDocuments = (a: readonly SearchDocument[], b: readonly SearchDocument[]) => a.length === b.length && a.every((document, index) => document === b[index]);

async function finishBundles(root: string, documents: readonly SearchDocument[], started: ReadonlyMap<Locale, EarlyIndex>, options: PrepareOptions): Promise<PreparedBundles> {
	try {
		const reports = await Promise.all(
			LOCALES.map(async (lang): Promise<BundleReport & { folder: string }> => {
				const records = documents.filter((document) => document.lang === lang);
				const translations = records.filter((document) => !document.indexOnly);
				const key = bundleKey(lang, records);
				const folder = join(root, `${lang}-${key}`);
				const early = started.get(lang);
				if (!early && options.reuse !== false && existsSync(join(folder, COMPLETE))) {
					const now = new Date();
					utimesSync(folder, now, now);
					return { lang, records: records.length, cached: true, folder };
				}
				if (early && !sameDocuments(early.records, translations)) throw new Error(`the ${lang} search documents of real translations changed after indexing started`);
				const staging = join(root, `.staging-${lang}-${key}-${process.pid}`);
				rmSync(staging, { recursive: true, force: true });
				try {
					const index = early ? await early.index : await fillIndex(lang, translations);
					await addRecords(index, lang, records.filter((document) => document.indexOnly));
					const written = await index.writeFiles({ outputPath: staging });
					if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} bundle: ${written.errors.join('; ')}`);
					writeFileSync(join(staging, VOCABULARY_FILE), JSON.stringify(buildVocabulary(lang, records)));
					writeFileSync(join(staging, COMPLETE), `${records.length}\n`);
					rmSync(folder, { recursive: true, force: true });
					renameSync(staging, folder);
				} finally {
					rmSync(staging, { recursive: true, force: true });
				}
				return { lang, records: records.length, cached: false, folder };
			}),
		);
		await pruneCache(
			root,
			reports.map((report) => report.folder),
		);
		return {
			reports: reports.map(({ folder: _, ...report }) => report),
			folders: Object.fromEntries(reports.map((report) => [report.lang, report.folder])),
		};
	} finally {
		await closePagefindServices();
	}
}

/** Places prepared bundles at `<outDir>/pagefind/<lang>/` (hard links where possible) and returns the reports. */
export function publishBundles(prepared: PreparedBundles, outDir: string): BundleReport[] {
	for (const report of prepared.reports) {
		const source = prepared.folders[report.lang];
		if (!source) throw new Error(`no ${report.lang} search bundle was prepared`);
		const target = join(outDir, bundlePath(report.lang));
		rmSync(target, { recursive: true, force: true });
		placeTree(source, target);
	}
	return prepared.reports;
}

/**
 * Keeps the bundles this build uses and, per language, the two most recently used others (another
 * build of the same project, such as the tests' fixture content, may be about to publish them).
 * Also removes staging folders that a killed build left behind more than an hour ago.
 */
async function pruneCache(root: string, keep: readonly string[]): Promise<void> {
	const used = new Set(keep);
	const hourAgo = Date.now() - 3_600_000;
	const entries = readdirSync(root).flatMap((name) => {
		const folder = join(root, name);
		// Another build may remove a folder between the listing and the stat.
		const stat = statSync(folder, { throwIfNoEntry: false });
		return stat && !used.has(folder) ? [{ name, folder, lang: name.split('-')[0], used: stat.mtimeMs }] : [];
	});
	const bundles = entries.filter((entry) => !entry.name.startsWith('.staging-')).sort((a, b) => b.used - a.used);
	const stale = [
		...LOCALES.flatMap((lang) => bundles.filter((entry) => entry.lang === lang).slice(2)),
		...entries.filter((entry) => entry.name.startsWith('.staging-') && entry.used < hourAgo),
	];
	// Thousands of small files: removed off the JavaScript thread.
	await Promise.all(stale.map((entry) => rm(entry.folder, { recursive: true, force: true })));
}

/**
 * Recreates a folder tree at `target`. Pagefind never rewrites a file (its names carry content
 * hashes), so files are hard-linked from the cache: 8,000 pages' bundles take a fraction of a
 * second instead of copying 18 MB. Falls back to copying across disks.
 */
function placeTree(source: string, target: string): void {
	mkdirSync(target, { recursive: true });
	for (const entry of readdirSync(source, { withFileTypes: true })) {
		if (entry.name === COMPLETE) continue;
		const from = join(source, entry.name);
		const to = join(target, entry.name);
		if (entry.isDirectory()) placeTree(from, to);
		else {
			try {
				linkSync(from, to);
			} catch {
				copyFileSync(from, to);
			}
		}
	}
}

/** The version of an installed package (read from node_modules: pagefind does not export its package.json). */
function installedVersion(name: string): string {
	for (const folder of createRequire(import.meta.url).resolve.paths(name) ?? []) {
		const manifest = join(folder, name, 'package.json');
		if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
	}
	throw new Error(`cannot find the installed ${name} package to read its version`);
}

async function createIndex(lang: Locale): Promise<PagefindIndex> {
	const { index, errors } = await (await pagefindFor(lang)).createIndex({ forceLanguage: lang });
	if (!index) throw new Error(`Pagefind could not create the ${lang} index: ${errors.join('; ')}`);
	return index;
}

async function fillIndex(lang: Locale, records: readonly SearchDocument[]): Promise<PagefindIndex> {
	const index = await createIndex(lang);
	await addRecords(index, lang, records);
	return index;
}

async function addRecords(index: PagefindIndex, lang: Locale, records: readonly SearchDocument[]): Promise<void> {
	await Promise.all(records.map((document) => addRecord(index, lang, document)));
}

async function addRecord(index: PagefindIndex, lang: Locale, document: SearchDocument): Promise<void> {
	const added = await index.addCustomRecord(pagefindRecord(document));
	if (added.errors.length) throw new Error(`Pagefind rejected ${document.id} (${lang}): ${added.errors.join('; ')}`);
}
