import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marketSchema, type Market } from '../schema/market.ts';
import { ContentError, issuesFromZod } from './content-error.ts';
import { contentDir, parseYaml } from './read-content.ts';

let cached: { dir: string; market: Market } | undefined;
/** The market of the default content folder: pages ask for it many times each, so no path is resolved again. */
let cachedDefault: Market | undefined;

/**
 * The market's identity from `market.yaml`, validated; read once per content folder. Without
 * `root`, the default content folder (`contentDir()`, fixed for the life of the process).
 */
export function readMarket(root?: string): Market {
	if (root === undefined) return (cachedDefault ??= readMarket(contentDir()));
	if (cached?.dir === root) return cached.market;
	const file = join(root, 'market.yaml');
	const parsed = marketSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new ContentError(issuesFromZod(file, parsed.error));
	cached = { dir: root, market: parsed.data };
	return parsed.data;
}
