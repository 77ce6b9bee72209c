import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../content/core/read/display-path.ts';
import { LOCALES } from '../../content/core/schema/locales.ts';
import { absoluteUrl, paths } from '../../content/core/urls/paths.ts';
import { sharedContent } from '../lib/content/shared-content.ts';
import { qrCacheFile, rememberQrSvgs } from '../lib/dossier/qr-build-cache.ts';
import { qrSvg } from '../lib/dossier/qr-svg.ts';
import type { QrWorkerInput } from '../lib/dossier/qr-worker.ts';
import { escapeHtml } from '../lib/html/escape-html.ts';
import { DOSSIER_SLOTS, DOSSIER_TEMPLATE_ID, QR_SLOT_PATTERN, takeOfferDossiers, type OfferDossier } from '../lib/dossier/offer-dossiers.ts';

/** Files written at a time: the disk, not the CPU, is what they wait on. */
const PARALLEL_WRITES = 16;

/**
 * Fills a dossier template (the page Astro rendered for one locale, with slots) with one offer,
 * and each QR slot of its content with the code `qr` gives for the URL.
 * Throws if the template lacks a slot: a layout change must not publish empty dossiers.
 */
export function fillDossierTemplate(template: string, dossier: OfferDossier, qr: (url: string) => string = qrSvg): string {
	for (const slot of Object.values(DOSSIER_SLOTS)) {
		if (!template.includes(slot)) throw new Error(`the dossier template has no ${slot} slot`);
	}
	return template
		.replaceAll(DOSSIER_SLOTS.id, dossier.id)
		.replace(DOSSIER_SLOTS.title, () => escapeHtml(dossier.title))
		.replace(DOSSIER_SLOTS.content, () => dossier.content.replace(QR_SLOT_PATTERN, (_, url: string) => qr(url)));
}

/** The URL of every offer's page in every locale: what the dossiers' QR codes open. */
function offerUrls(): string[] {
	const { model, market } = sharedContent(contentDir());
	return LOCALES.flatMap((locale) => model.achievements.map((item) => absoluteUrl(paths.achievement(locale, item.id), market.siteUrl)));
}

/**
 * Writes every offer's single-offer dossier from its locale's template (lib/dossier/offer-dossiers.ts)
 * and removes the templates. The QR codes are made by a worker thread that starts with the build.
 * Listed after security-headers: the dossiers are copies of their template, whose
 * Content-Security-Policy that integration has then already read.
 */
export function offerDossiers(): AstroIntegration {
	let codes: Promise<Map<string, string>> | undefined;
	return {
		name: 'silk-road/offer-dossiers',
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
				// Awaited in build:done; a failure there falls back to drawing the codes on this thread.
				codes.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const started = performance.now();
				const made = await codes?.catch((error: unknown) => {
					logger.warn(`the QR worker failed (${error instanceof Error ? error.message : String(error)}); drawing the codes here`);
					return undefined;
				});
				if (made) rememberQrSvgs(made);
				const qr = (url: string) => made?.get(url) ?? qrSvg(url);
				const jobs: { file: string; template: string; dossier: OfferDossier }[] = [];
				const locales = takeOfferDossiers();
				for (const [locale, dossiers] of locales) {
					const templateFile = join(out, paths.achievementDossier(locale, DOSSIER_TEMPLATE_ID), 'index.html');
					const template = await readFile(templateFile, 'utf8');
					await rm(dirname(dirname(templateFile)), { recursive: true });
					for (const dossier of dossiers) jobs.push({ file: join(out, paths.achievementDossier(locale, dossier.id), 'index.html'), template, dossier });
				}
				let next = 0;
				const write = async () => {
					while (next < jobs.length) {
						const job = jobs[next++]!;
						await mkdir(dirname(job.file), { recursive: true });
						await writeFile(job.file, fillDossierTemplate(job.template, job.dossier, qr));
					}
				};
				await Promise.all(Array.from({ length: PARALLEL_WRITES }, write));
				logger.info(`${jobs.length} offer dossiers written in ${locales.size} languages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
