import type * as Pagefind from 'pagefind';
import { LOCALES, type Locale } from '../../content/core/schema/locales.ts';

type PagefindApi = typeof Pagefind;

/**
 * How many Pagefind service processes index the languages. Pagefind's Node API runs one service
 * process per module instance, and that process answers one request at a time: the four
 * languages of 2,000 offers took 31 s in one process, 20 s in two and 25 s in four (standalone,
 * two cores; BENCHMARKS.md). Languages share them in LOCALES order: zh and nb, en and ru.
 */
const SERVICE_COUNT = 2;

const opened = new Map<number, Promise<PagefindApi>>();

/** The Pagefind API whose process indexes a language; started on first use. */
export function pagefindFor(lang: Locale): Promise<PagefindApi> {
	const slot = LOCALES.indexOf(lang) % SERVICE_COUNT;
	let api = opened.get(slot);
	if (!api) {
		// Another instance of the same module (the same file under another URL) starts its own process.
		api = slot === 0 ? import('pagefind') : (import(`${import.meta.resolve('pagefind')}?service=${slot}`) as Promise<PagefindApi>);
		opened.set(slot, api);
	}
	return api;
}

/** Stops every service process started by pagefindFor. */
export async function closePagefindServices(): Promise<void> {
	const apis = [...opened.values()];
	opened.clear();
	await Promise.all(apis.map(async (api) => (await api).close()));
}
