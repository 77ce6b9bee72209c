import { parseIds } from './shortlist-store.ts';

/** What the shortlist page shows when it opens, and what it must store. */
export interface Selection {
	/** The offers shown, in order: only ids the catalogue has. */
	ids: string[];
	/** A selection opened from a shared link (`?ids=`): shown, not stored until the visitor says so. */
	shared: boolean;
	/** Ids named (in the link or in storage) that are not shown: invalid, or not in the catalogue. */
	dropped: number;
	/** Offers `?add=` added to the stored shortlist. */
	added: number;
	/** The shortlist to store now (after `?add=`), or null to leave storage alone. */
	store: string[] | null;
	/** Whether the query should leave the address bar (`?add=` done: a reload must not add again). */
	cleanUrl: boolean;
}

/** The distinct non-empty entries of a comma-separated parameter, valid or not (to count what was dropped). */
const named = (value: string) => new Set(value.split(',').map((id) => id.trim()).filter(Boolean)).size;

/**
 * Reads the page's query against the stored shortlist and the catalogue: `?ids=a,b` shows a
 * shared selection in its order, `?add=a,b` appends the new ones to the stored shortlist,
 * otherwise the stored shortlist is shown. Unknown and invalid ids are counted, never shown.
 */
export function openSelection(search: string, stored: readonly string[], known: (id: string) => boolean): Selection {
	const params = new URLSearchParams(search);
	const shared = params.get('ids');
	if (shared !== null) {
		const ids = parseIds(shared.split(',').map((id) => id.trim())).filter(known);
		return { ids, shared: true, dropped: named(shared) - ids.length, added: 0, store: null, cleanUrl: false };
	}
	const add = params.get('add');
	const base = [...stored];
	let store: string[] | null = null;
	let added = 0;
	let dropped = 0;
	if (add !== null) {
		const wanted = parseIds(add.split(',').map((id) => id.trim())).filter(known);
		const fresh = wanted.filter((id) => !base.includes(id));
		store = parseIds([...base, ...fresh]);
		added = store.length - base.length;
		dropped = named(add) - wanted.length;
		base.splice(0, base.length, ...store);
	}
	const ids = base.filter(known);
	return { ids, shared: false, dropped: dropped + base.length - ids.length, added, store, cleanUrl: add !== null };
}

/** The list with `id` moved by `delta` places (clamped to the ends). */
export function moveId(ids: readonly string[], id: string, delta: number): string[] {
	const from = ids.indexOf(id);
	if (from < 0) return [...ids];
	const to = Math.max(0, Math.min(ids.length - 1, from + delta));
	const moved = ids.filter((other) => other !== id);
	moved.splice(to, 0, id);
	return moved;
}
