import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../content/core/read/display-path.ts';
import { sharedContent } from '../lib/content/shared-content.ts';

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

/**
 * Publishes the images that live next to the items in `content/` (staff keep an offer's files
 * in its folder) under `/media/`: copied into the build, served from `content/` in dev. Only
 * images the reader checked (regular files, SVGs without scripts) are published.
 */
export function contentMedia(): AstroIntegration {
	return {
		name: 'silk-road/content-media',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					if (!request.url?.startsWith('/media/')) return next();
					let media;
					try {
						media = sharedContent(contentDir()).media;
					} catch {
						return next();
					}
					const file = media.find((candidate) => candidate.urlPath === decodeURIComponent(request.url!.split('?')[0]!));
					if (!file) return next();
					response.setHeader('Content-Type', TYPES[extname(file.source).toLowerCase()] ?? 'application/octet-stream');
					// An SVG opened on its own must not run anything even where no CSP header is sent.
					response.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
					createReadStream(file.source).pipe(response);
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const { media } = sharedContent(contentDir());
				for (const file of media) {
					const target = join(fileURLToPath(dir), file.urlPath);
					mkdirSync(dirname(target), { recursive: true });
					copyFileSync(file.source, target);
				}
				logger.info(`${media.length} content images published under /media/`);
			},
		},
	};
}
