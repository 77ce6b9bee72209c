import { MeilisearchApiError, type Meilisearch, type Settings, type Task } from 'meilisearch';
import type { IndexDocument } from './index-documents.ts';

export interface SyncOptions {
	client: Meilisearch;
	/** The live index the site searches, e.g. `offers`. */
	index: string;
	documents: readonly IndexDocument[];
	settings: Settings;
	/** Documents per request. */
	batchSize?: number;
	/** Milliseconds to wait for each task. */
	timeout?: number;
	/** A suffix for the fresh index (tests pass a fixed one); default the time. */
	suffix?: string;
	log?: (message: string) => void;
}

/** Raised when a sync stops; the live index is as it was. */
export class SyncError extends Error {
	override name = 'SyncError';
}

/**
 * Fills a fresh index (`<index>_<suffix>`), applies the settings, adds the documents in batches,
 * checks that every task succeeded, then swaps it with the live index in one atomic step and
 * deletes the old one. Any failure before the swap deletes the fresh index and leaves the live
 * one exactly as it was. Running it twice gives the same index.
 */
export async function syncIndex(options: SyncOptions): Promise<{ index: string; documents: number }> {
	const { client, index, documents, settings, batchSize = 1000, timeout = 60_000, log = () => undefined } = options;
	const fresh = `${index}_${options.suffix ?? new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
	const check = async (what: string, pending: { waitTask: (options: { timeout: number; interval: number }) => Promise<Task> }) => {
		// waitTask resolves, not throws, when the task failed: the status must be checked.
		const task = await pending.waitTask({ timeout, interval: 100 });
		if (task.status !== 'succeeded') throw new SyncError(`${what} did not succeed (task ${task.uid} ${task.status}${task.error ? `: ${task.error.code}: ${task.error.message}` : ''})`);
		return task;
	};
	let created = false;
	try {
		await check(`creating the index ${fresh}`, client.createIndex(fresh, { primaryKey: 'id' }));
		created = true;
		await check('applying the settings', client.index(fresh).updateSettings(settings));
		for (let start = 0; start < documents.length; start += batchSize) {
			const batch = documents.slice(start, start + batchSize);
			await check(`adding documents ${start + 1}-${start + batch.length}`, client.index(fresh).addDocuments([...batch], { primaryKey: 'id' }));
		}
		log(`${fresh}: ${documents.length} documents indexed`);
		if (!(await exists(client, index))) await check(`creating the live index ${index}`, client.createIndex(index, { primaryKey: 'id' }));
		await check(`swapping ${fresh} with ${index}`, client.swapIndexes([{ indexes: [index, fresh], rename: false }]));
	} catch (error) {
		if (created) await client.deleteIndex(fresh).waitTask({ timeout, interval: 100 }).catch(() => undefined);
		throw error instanceof SyncError ? error : new SyncError(`the sync stopped: ${describe(error)}; the live index "${index}" was not changed`, { cause: error });
	}
	// After the swap the fresh name holds the old documents.
	await check(`deleting the previous index (now ${fresh})`, client.deleteIndex(fresh));
	log(`${index} now serves the new documents`);
	return { index, documents: documents.length };
}

async function exists(client: Meilisearch, index: string): Promise<boolean> {
	try {
		await client.getIndex(index);
		return true;
	} catch (error) {
		if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
		throw error;
	}
}

function describe(error: unknown): string {
	if (error instanceof MeilisearchApiError) return `${error.cause?.code ?? 'error'}: ${error.message}`;
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
