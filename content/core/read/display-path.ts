import { relative, resolve, sep } from 'node:path';

/** A path as authors see it in messages: relative to the working folder, with forward slashes. */
export function displayPath(path: string): string {
	const shown = relative(process.cwd(), path);
	return (shown && !shown.startsWith('..') ? shown : resolve(path)).split(sep).join('/');
}

/** The content folder: `SRE_CONTENT_DIR` when set (fixtures, benchmark corpora), else `content/`. */
export function contentDir(): string {
	return resolve(process.env.SRE_CONTENT_DIR ?? 'content');
}
