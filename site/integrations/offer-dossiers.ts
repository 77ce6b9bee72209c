import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths } from '../../content/core/urls/paths.ts';
import { escapeHtml } from '../lib/html/escape-html.ts';
import { DOSSIER_SLOTS, DOSSIER_TEMPLATE_ID, takeOfferDossiers, type OfferDossier } from '../lib/dossier/offer-dossiers.ts';

/** Files written at a time: the disk, not the CPU, is what they wait on. */
const PARALLEL_WRITES = 16;

/**
 * Fills a dossier template (the page Astro rendered for one locale, with slots) with one offer.
 * Throws if the template lacks a slot: a layout change must not publish empty dossiers.
 */
export function fillDossierTemplate(template: string, dossier: OfferDossier): string {
	for (const slot of Object.values(DOSSIER_SLOTS)) {
		if (!template.includes(slot)) throw new Error(`the dossier template has no ${slot} slot`);
	}
	return template
		.replaceAll(DOSSIER_SLOTS.id, dossier.id)
		.replace(DOSSIER_SLOTS.title, () => escapeHtml(dossier.title))
		.replace(DOSSIER_SLOTS.content, () => dossier.content);
}

/**
 * Writes every offer's single-offer dossier from its locale's template (lib/dossier/offer-dossiers.ts)
 * and removes the templates. Listed after security-headers: the dossiers are copies of their
 * template, whose Content-Security-Policy that integration has then already read.
 */
export function offerDossiers(): AstroIntegration {
	return {
		name: 'silk-road/offer-dossiers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const started = performance.now();
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
						await writeFile(job.file, fillDossierTemplate(job.template, job.dossier));
					}
				};
				await Promise.all(Array.from({ length: PARALLEL_WRITES }, write));
				logger.info(`${jobs.length} offer dossiers written in ${locales.size} languages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
