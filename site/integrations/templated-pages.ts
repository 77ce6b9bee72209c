import { mkdir, writeFile } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { siteVisibility, visibleModel } from '../../content/core/model/publication.ts';
import { contentDir } from '../../content/core/read/display-path.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { absoluteUrl, paths } from '../../content/core/urls/paths.ts';
import { sharedContent } from '../lib/content/shared-content.ts';
import { buildQrSvg, qrCacheFile, rememberQrSvgs } from '../lib/dossier/qr-build-cache.ts';
import type { QrWorkerInput } from '../lib/dossier/qr-worker.ts';
import { fillTemplate, takeTemplatedPages, type TemplatedPage } from '../lib/page-templates/page-templates.ts';

/** Files written at a time: the disk, not the CPU, is what they wait on. */
const PARALLEL_WRITES = 16;

// fs's callback functions, not fs/promises: no FileHandle per file, about a quarter less CPU for
// 16,000 pages (measured alternately on this project's pages: 4.3 s against 7.4 s, 10.0 against 14.2).
const makeFolder = promisify(mkdir);
const writePage = promisify(writeFile);

/** Slashes in a page's path: deeper pages (dossiers) are written first, so making their folder makes their parent's. */
const depth = (path: string) => path.split('/').length;

/** The URL of every built offer's page in every locale (not drafts or expired offers): what the dossiers' QR codes open. */
function offerUrls(): string[] {
	const { model, market } = sharedContent(contentDir());
	// Templated pages are written by `astro build` only, which never publishes drafts.
	const built = visibleModel(model, siteVisibility(false));
	return LOCALES.flatMap((locale) => built.achievements.map((item) => absoluteUrl(paths.achievement(locale, item.id), market.siteUrl)));
}

/**
 * Writes the pages recorded by templates (offer pages and offer dossiers; lib/page-templates/)
 * and removes the templates. The dossiers' QR codes are made by a worker thread that starts with
 * the build. Listed after security-headers: the pages are copies of their templates, whose
 * Content-Security-Policy that integration has then already read.
 */
export function templatedPages(): AstroIntegration {
	let codes: Promise<Map<string, string>> | undefined;
	return {
		name: 'silk-road/templated-pages',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command !== 'build') return;
				let urls: string[];
				try {
					urls = offerUrls();
				} catch {
					// The content check reports what is wrong with the content.
					return;
				}
				const worker = new Worker(new URL('../lib/dossier/qr-worker.ts', import.meta.url), { workerData: { urls, cacheFile: qrCacheFile() } satisfies QrWorkerInput });
				worker.unref();
				codes = new Promise((resolve, reject) => {
					worker.once('message', (pairs: [string, string][]) => resolve(new Map(pairs)));
					worker.once('error', reject);
				});
				// Pages Astro renders meanwhile (collection dossiers) use these codes once they are here,
				// instead of reading the whole cache file on this thread for a few of them.
				codes.then(rememberQrSvgs, () => undefined);
				// Awaited in build:done; a failure there falls back to drawing the codes on this thread.
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const started = performance.now();
				// The worker's codes are remembered by now (codes.then above runs first); buildQrSvg makes any others.
				await codes?.catch((error: unknown) => {
					logger.warn(`the QR worker failed (${error instanceof Error ? error.message : String(error)}); drawing the codes here`);
				});
				const recorded = takeTemplatedPages();
				const jobs: { template: string; page: TemplatedPage }[] = [];
				// Templates may share a folder (an offer's page and its dossier): read them all before removing any.
				for (const { template, pages } of recorded) {
					const markup = await readFile(join(out, template, 'index.html'), 'utf8');
					for (const page of pages) jobs.push({ template: markup, page });
				}
				for (const { remove } of recorded) await rm(join(out, remove), { recursive: true, force: true });
				jobs.sort((a, b) => depth(b.page.path) - depth(a.page.path));
				const folders = new Set<string>();
				const root = resolve(out);
				let next = 0;
				const write = async () => {
					while (next < jobs.length) {
						const { template, page } = jobs[next++]!;
						// resolve: no trailing slash, so a folder and the parent of a deeper one are the same key.
						const folder = resolve(out, `.${page.path}`);
						if (!folders.has(folder)) {
							await makeFolder(folder, { recursive: true });
							for (let made = folder; made.length > root.length && !folders.has(made); made = dirname(made)) folders.add(made);
						}
						await writePage(join(folder, 'index.html'), fillTemplate(template, page, buildQrSvg));
					}
				};
				await Promise.all(Array.from({ length: PARALLEL_WRITES }, write));
				logger.info(`${jobs.length} pages written from ${recorded.length} templates in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
