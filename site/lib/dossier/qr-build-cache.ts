import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { qrSvg } from './qr-svg.ts';

/** Bump when qr-svg.ts draws differently; the encoder's version is part of the file name too. */
const FORMAT = 3;

/** Astro's cache folder, as astro.config.mjs sets it (SRE_CACHE_DIR, else node_modules/.astro). */
export function qrCacheFile(): string {
	const version = (createRequire(import.meta.url)('qrcode/package.json') as { version: string }).version;
	return resolve(process.env.SRE_CACHE_DIR ?? 'node_modules/.astro', `dossier-qr-${version}-${FORMAT}.json`);
}

/** The codes a previous build kept (empty when there is none, or it is damaged: a damaged cache is rebuilt, never trusted). */
export function readQrCache(file: string): Map<string, string> {
	try {
		return existsSync(file) ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)) : new Map();
	} catch {
		return new Map();
	}
}

interface BuildCodes {
	/** What the cache file held when the build started. */
	cached?: Map<string, string>;
	/** Every code this build used: written back when the process exits. */
	used: Map<string, string>;
	exitHook: boolean;
}

// One build process loads this module twice (Astro's config graph and its page bundle): the codes live on globalThis.
const KEY = Symbol.for('silk-road-exchange.qr-codes');
const codes = ((globalThis as Record<symbol, unknown>)[KEY] ??= { used: new Map(), exitHook: false }) as BuildCodes;

function writeOnExit(): void {
	if (codes.exitHook) return;
	codes.exitHook = true;
	process.once('exit', () => {
		if (!codes.used.size) return;
		try {
			const file = qrCacheFile();
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify(Object.fromEntries(codes.used)));
		} catch {
			// A read-only cache folder only costs the next build the encoding time.
		}
	});
}

/**
 * qrSvg, kept between builds in Astro's cache folder: encoding is about 1 ms per code, and a site
 * of 2,000 offers prints 8,000 of them, nearly all unchanged from one build to the next. The file
 * is written when the build process exits, with only the codes this build used.
 */
export function buildQrSvg(url: string): string {
	writeOnExit();
	let svg = codes.used.get(url);
	if (svg === undefined) {
		codes.cached ??= readQrCache(qrCacheFile());
		svg = codes.cached.get(url);
		if (svg === undefined || !svg.startsWith('<svg')) svg = qrSvg(url);
		codes.used.set(url, svg);
	}
	return svg;
}

/** Codes made elsewhere in this build (the offer dossiers' worker): used, and kept for the next build. */
export function rememberQrSvgs(made: Iterable<[string, string]>): void {
	writeOnExit();
	for (const [url, svg] of made) if (svg.startsWith('<svg')) codes.used.set(url, svg);
}
