import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentModel } from './build-model.ts';
import type { ContentIssue } from './content-error.ts';

/** An image that ships with an item: where it is in `content/` and its public URL path. */
export interface MediaFile {
	source: string;
	/** Site path, e.g. `/media/achievements/to-0005/deployment.svg`. */
	urlPath: string;
}

/** The public URL path of an achievement's image. */
export function achievementMediaPath(id: string, src: string): string {
	return `/media/achievements/${id}/${src}`;
}

/** Every image the content references, with a problem for each one that is not on disk. */
export function collectMedia(model: ContentModel<unknown>, root: string): { files: MediaFile[]; issues: ContentIssue[] } {
	const files: MediaFile[] = [];
	const issues: ContentIssue[] = [];
	for (const item of model.achievements) {
		item.facts.images?.forEach((image, index) => {
			const source = join(root, 'achievements', item.id, image.src);
			if (existsSync(source)) files.push({ source, urlPath: achievementMediaPath(item.id, image.src) });
			else issues.push({ file: item.file, field: `images.${index}.src`, problem: `"${image.src}" is not in the folder ${join(root, 'achievements', item.id)}; put the image file next to index.md` });
		});
	}
	return { files, issues };
}
