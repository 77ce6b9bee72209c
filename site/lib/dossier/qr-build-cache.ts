import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { qrSvg } from './qr-svg.ts';

/** Bump when qr-svg.ts draws differently; the encoder's version is part of the file name too. */
const FORMAT = 3;

let cache: Map<string, string> | undefined;
const used = new Map<string, string>();

/** Astro's cache folder, as astro.config.mjs sets it (SRE_CACHE_DIR, else node_modules/.astro). */
function cacheFile(): string {
	const version = (createRequire(import.meta.url)('qrcode/package.json') as { version: string }).version;
	return resolve(process.env.SRE_CACHE_DIR ?? 'node_modules/.astro', `dossier-qr-${version}-${FORMAT}.json`);
}

/**
 * qrSvg, kept between builds in Astro's cache folder: encoding is about 1 ms per code, and a site
 * of 2,000 offers prints 8,000 of them, nearly all unchanged from one build to the next. The file
 * is written when the build process exits, with only the codes this build used.
 */
export function buildQrSvg(url: string): string {
	if (!cache) {
		const file = cacheFile();
		try {
			cache = existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) : new Map();
		} catch {
			// A damaged cache is rebuilt, never trusted.
			cache = new Map();
		}
		process.once('exit', () => {
			if (!used.size) return;
			try {
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, JSON.stringify(Object.fromEntries(used)));
			} catch {
				// A read-only cache folder only costs the next build the encoding time.
			}
		});
	}
	let svg = cache.get(url);
	if (svg === undefined || !svg.startsWith('<svg')) svg = qrSvg(url);
	used.set(url, svg);
	return svg;
}
