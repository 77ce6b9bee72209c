// The visitor's shortlist in localStorage. Imported by the button on every content page, so it
// stays tiny and imports nothing. The storage key and the value (a JSON array of offer ids in the
// visitor's order) are a contract with the dossier page: keep them.

/** The localStorage key of the shortlist. */
export const SHORTLIST_KEY = 'sre.shortlist';
/** Dispatched on window when this tab changes the shortlist (other tabs get a `storage` event). */
export const SHORTLIST_EVENT = 'sre-shortlist';
/** More ids than this in a link or in storage are ignored: nobody compares 200 offers, and URLs stay short. */
export const SHORTLIST_MAX = 100;
/** The item id pattern of content/core/schema/fields.ts (ID_PATTERN), repeated so this module imports nothing. */
export const SHORTLIST_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Valid ids, each once, in their order: from a stored array or a comma-separated URL parameter. */
export function parseIds(value: unknown): string[] {
	const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [];
	const ids = list.filter((id): id is string => typeof id === 'string' && id.length <= 64 && SHORTLIST_ID.test(id));
	return [...new Set(ids)].slice(0, SHORTLIST_MAX);
}

/** The stored shortlist; empty when storage is empty, unreadable or disabled. */
export function readShortlist(): string[] {
	try {
		return parseIds(JSON.parse(localStorage.getItem(SHORTLIST_KEY) ?? '[]'));
	} catch {
		return [];
	}
}

/** Stores the shortlist and tells this tab; false when storage is disabled or full. */
export function writeShortlist(ids: readonly string[]): boolean {
	try {
		localStorage.setItem(SHORTLIST_KEY, JSON.stringify(parseIds(ids)));
	} catch {
		return false;
	}
	dispatchEvent(new Event(SHORTLIST_EVENT));
	return true;
}

let storable: boolean | undefined;

/** Whether the browser lets the page keep a shortlist (storage can be disabled); probed once. */
export function canStore(): boolean {
	if (storable === undefined) {
		try {
			localStorage.setItem(`${SHORTLIST_KEY}.probe`, '1');
			localStorage.removeItem(`${SHORTLIST_KEY}.probe`);
			storable = true;
		} catch {
			storable = false;
		}
	}
	return storable;
}

/** Calls `listener` whenever the shortlist changes, in this tab or another; returns the unsubscribe. */
export function watchShortlist(listener: () => void): () => void {
	const onStorage = (event: StorageEvent) => {
		if (event.key === SHORTLIST_KEY || event.key === null) listener();
	};
	addEventListener('storage', onStorage);
	addEventListener(SHORTLIST_EVENT, listener);
	return () => {
		removeEventListener('storage', onStorage);
		removeEventListener(SHORTLIST_EVENT, listener);
	};
}
