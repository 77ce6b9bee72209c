import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/**
 * Merges per-page Content-Security-Policies into one site-wide policy: the union of the
 * sources of each directive (Astro hashes each page's inline scripts and styles separately).
 * @example mergeCspPolicies(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) // "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function mergeCspPolicies(policies: readonly string[]): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const directive of policy.split(';')) {
			const [name, ...sources] = directive.trim().split(/\s+/);
			if (!name) continue;
			const merged = directives.get(name) ?? new Set<string>();
			for (const source of sources) merged.add(source);
			directives.set(name, merged);
		}
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file (Netlify, Cloudflare Pages) for a site-wide CSP and other security headers. */
export function renderHeadersFile(csp: string): string {
	return `# Generated at build time from the pages' Content-Security-Policy <meta> tags.
/*
  Content-Security-Policy: ${csp}; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()
  Cross-Origin-Opener-Policy: same-origin
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/**
 * The policy a page's <meta> declares. It sits early in <head>, so only the first 16 KB are read
 * (the index of 2,000 offers is 2 MB); the whole file only if it is not there.
 */
function pagePolicy(file: string): string | undefined {
	const head = Buffer.alloc(16_384);
	const fd = openSync(file, 'r');
	let length: number;
	try {
		length = readSync(fd, head, 0, head.length, 0);
	} finally {
		closeSync(fd);
	}
	const found = CSP_META.exec(head.toString('utf8', 0, length))?.[1];
	if (found || length < head.length) return found;
	return CSP_META.exec(readFileSync(file, 'utf8'))?.[1];
}

/** Writes `dist/_headers` so hosts send the same strict policy as an HTTP header. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'silk-road/security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policies = htmlFiles(root).flatMap((file) => pagePolicy(file) ?? []);
				if (policies.length === 0) throw new Error('No page has a Content-Security-Policy <meta>; is security.csp enabled in astro.config.mjs?');
				writeFileSync(join(root, '_headers'), renderHeadersFile(mergeCspPolicies(policies)));
				logger.info(`_headers written from ${policies.length} page policies`);
			},
		},
	};
}
