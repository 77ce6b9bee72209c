import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ContentModel } from '../../content/model/build-model.ts';
import { collectMedia } from '../../content/model/media.ts';
import { contentDir, readContentModel } from '../../content/model/read-content.ts';

const TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

/**
 * Publishes the images that live next to the items in `content/` (staff keep an offer's files
 * in its folder) under `/media/`: copied into the build, served from `content/` in dev.
 */
export function contentMedia(options: { model: () => ContentModel }): AstroIntegration {
	return {
		name: 'silk-road/content-media',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					if (!request.url?.startsWith('/media/')) return next();
					const file = collectMedia(readContentModel(), contentDir()).files.find((media) => media.urlPath === decodeURIComponent(request.url!.split('?')[0]!));
					if (!file) return next();
					response.setHeader('Content-Type', TYPES[extname(file.source).toLowerCase()] ?? 'application/octet-stream');
					createReadStream(file.source).pipe(response);
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const { files } = collectMedia(options.model(), contentDir());
				for (const file of files) {
					const target = join(fileURLToPath(dir), file.urlPath);
					mkdirSync(dirname(target), { recursive: true });
					copyFileSync(file.source, target);
				}
				logger.info(`${files.length} content images published under /media/`);
			},
		},
	};
}
