/**
 * Runs Lighthouse (mobile and desktop) on the key pages in zh and ru against the built site,
 * writes the scores into BENCHMARKS.md and fails when any category scores below 95.
 * Usage: npm run lighthouse   (builds into dist/ first when there is no build)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, provisionChromium } from '../test/support/chromium.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { describeMachine, writeBenchmarkSection } from './lib/benchmarks-file.ts';

const THRESHOLD = 95;
const PAGES = ['/{locale}/', '/{locale}/achievements/', '/{locale}/achievements/to-0005/', '/{locale}/search/?q=glider'];
const LOCALES = ['zh', 'ru'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
}
const { server, origin } = await serveStatic('dist');
const chrome = await chromeLauncher.launch({ chromePath: provisionChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });

/**
 * One Lighthouse run. A run that Lighthouse itself reports as broken (runtimeError, e.g. a
 * trace it could not read) is repeated up to twice; a low score is never retried.
 */
async function audit(url: string, formFactor: 'mobile' | 'desktop') {
	for (let attempt = 1; ; attempt++) {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, formFactor === 'desktop' ? desktopConfig : undefined);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const broken = result.lhr.runtimeError ?? (CATEGORIES.some((category) => result.lhr.categories[category]?.score == null) ? { code: 'NO_SCORE', message: 'a category has no score' } : undefined);
		if (!broken) return result;
		console.warn(`Lighthouse run ${attempt} on ${url} (${formFactor}) failed: ${broken.code} ${broken.message}`);
		if (attempt === 3) return result;
	}
}

const rows: string[] = [];
const failures: string[] = [];
try {
	for (const formFactor of ['mobile', 'desktop'] as const) {
		for (const locale of LOCALES) {
			for (const template of PAGES) {
				const path = template.replace('{locale}', locale);
				const result = await audit(`${origin}${path}`, formFactor);
				const scores = CATEGORIES.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
				rows.push(`| ${formFactor} | \`${path}\` | ${scores.join(' | ')} |`);
				console.log(`${formFactor.padEnd(8)} ${path.padEnd(34)} ${scores.join('  ')}`);
				scores.forEach((score, index) => {
					if (score < THRESHOLD) {
						const audits = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 0.9).map((audit) => audit.id);
						failures.push(`${formFactor} ${path}: ${CATEGORIES[index]} ${score} (audits below 0.9: ${audits.join(', ')})`);
					}
				});
			}
		}
	}
} finally {
	chrome.kill();
	server.close();
}

writeBenchmarkSection(
	'lighthouse',
	`## Lighthouse

\`npm run lighthouse\`, ${new Date().toISOString().slice(0, 10)}, Lighthouse 13 with its default simulated throttling, Chromium ${execFileSync(provisionChromium(), ['--version'], { encoding: 'utf8' }).trim()}, served from 127.0.0.1 without compression. Machine: ${await describeMachine()}. Fails below ${THRESHOLD}.

| form factor | page | performance | accessibility | best practices | SEO |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}`,
);

if (failures.length) {
	console.error(`Lighthouse scores below ${THRESHOLD}:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
	process.exit(1);
}
console.log(`All ${rows.length} runs score ${THRESHOLD} or more in every category; written to BENCHMARKS.md.`);
