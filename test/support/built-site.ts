import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML page of a built site, by its URL path (`/ru/achievements/to-0001/`). */
export function listPages(dist: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
			return name.endsWith('.html') ? [path] : [];
		});
	return walk(dist).map((path) => `/${relative(dist, path).split(sep).join('/')}`.replace(/index\.html$/, '')).sort();
}

const cache = new Map<string, HTMLElement>();

/** The parsed document of a page, by URL path. */
export function page(dist: string, urlPath: string): HTMLElement {
	const file = urlPath.endsWith('.html') ? join(dist, urlPath) : join(dist, urlPath, 'index.html');
	let root = cache.get(file);
	if (!root) {
		root = parse(readFileSync(file, 'utf8'), { comment: false });
		cache.set(file, root);
	}
	return root;
}
