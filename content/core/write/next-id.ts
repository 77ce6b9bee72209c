import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The id prefix of each kind's sample numbering: offers `to-0001`, cases `cc-0001`. */
export const ID_PREFIXES = { achievements: 'to', cases: 'cc' } as const;

/** The ids (folder names) of a kind in a content folder; none when the folder does not exist yet. */
export function existingIds(root: string, folder: string): string[] {
	try {
		return readdirSync(join(root, folder), { withFileTypes: true })
			.filter((entry) => entry.isDirectory() || entry.isSymbolicLink())
			.map((entry) => entry.name);
	} catch {
		return [];
	}
}

/**
 * The next free id after the highest `<prefix>-NNNN` in use, e.g. `to-0025` after `to-0024`
 * (never a gap left by a removed item: its id may still be quoted in old enquiries).
 * @example nextFreeId(['to-0001', 'to-0024'], 'to') // 'to-0025'
 */
export function nextFreeId(ids: readonly string[], prefix: string): string {
	const pattern = new RegExp(`^${prefix}-(\\d+)$`);
	const highest = Math.max(0, ...ids.map((id) => Number(pattern.exec(id)?.[1] ?? 0)));
	return `${prefix}-${String(highest + 1).padStart(4, '0')}`;
}
