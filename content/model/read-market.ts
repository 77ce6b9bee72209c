import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marketSchema, type Market } from '../schema/market.ts';
import { ContentError, issuesFromZod } from './content-error.ts';
import { contentDir, parseYaml } from './read-content.ts';

const markets = new Map<string, Market>();
/** The default content folder, resolved once: pages ask for the market many times each. */
let defaultRoot: string | undefined;

/**
 * The market's identity from `market.yaml`, validated; read once per content folder. Without
 * `root`, the default content folder (`contentDir()`, fixed for the life of the process).
 */
export function readMarket(root: string = (defaultRoot ??= contentDir())): Market {
	const known = markets.get(root);
	if (known) return known;
	const file = join(root, 'market.yaml');
	const parsed = marketSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new ContentError(issuesFromZod(file, parsed.error));
	markets.set(root, parsed.data);
	return parsed.data;
}
