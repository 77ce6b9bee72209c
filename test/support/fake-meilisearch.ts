import { createServer, type Server } from 'node:http';

/** A request the fake server received: what the client sent over the wire. */
export interface WireRequest {
	method: string;
	path: string;
	body: unknown;
}

export interface FakeMeilisearch {
	url: string;
	requests: WireRequest[];
	/** Index uids that exist. */
	indexes: Set<string>;
	close(): Promise<void>;
}

/**
 * A stand-in for a Meilisearch server (none can be installed on these machines) that answers
 * with the documented response shapes (enqueued task summaries, task objects, error objects)
 * and records every request, so tests check exactly what the client sends. `failTask` makes the
 * task of a matching request end as `failed`; `stallTask` leaves it `processing` for ever.
 */
export function fakeMeilisearch(options: { failTask?: (request: WireRequest) => boolean; stallTask?: (request: WireRequest) => boolean; existing?: string[] } = {}): Promise<FakeMeilisearch> {
	const requests: WireRequest[] = [];
	const indexes = new Set(options.existing ?? []);
	const tasks = new Map<number, Record<string, unknown>>();
	const now = () => new Date().toISOString();
	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const url = new URL(request.url ?? '/', 'http://x');
			const wire: WireRequest = { method: request.method ?? 'GET', path: url.pathname + url.search, body: raw ? JSON.parse(raw) : undefined };
			requests.push(wire);
			const send = (status: number, body: unknown) => {
				response.writeHead(status, { 'Content-Type': 'application/json' });
				response.end(JSON.stringify(body));
			};
			const enqueue = (indexUid: string | null, type: string, apply: () => void) => {
				const uid = tasks.size;
				const failed = options.failTask?.(wire) ?? false;
				const stalled = options.stallTask?.(wire) ?? false;
				if (!failed && !stalled) apply();
				tasks.set(uid, {
					uid, batchUid: uid, indexUid, type, canceledBy: null, details: {}, duration: stalled ? null : 'PT0.001S', enqueuedAt: now(), startedAt: now(), finishedAt: stalled ? null : now(),
					status: stalled ? 'processing' : failed ? 'failed' : 'succeeded',
					error: failed ? { message: 'The document is invalid.', code: 'invalid_document_fields', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#invalid_document_fields' } : null,
				});
				send(202, { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: now() });
			};
			let match: RegExpExecArray | null;
			if (wire.method === 'GET' && (match = /^\/tasks\/(\d+)$/.exec(url.pathname))) {
				const task = tasks.get(Number(match[1]));
				return task ? send(200, task) : send(404, { message: 'Task not found.', code: 'task_not_found', type: 'invalid_request', link: '' });
			}
			if (wire.method === 'POST' && url.pathname === '/indexes') {
				const { uid } = wire.body as { uid: string };
				return enqueue(uid, 'indexCreation', () => indexes.add(uid));
			}
			if ((match = /^\/indexes\/([^/]+)$/.exec(url.pathname))) {
				const uid = decodeURIComponent(match[1]!);
				if (wire.method === 'GET') return indexes.has(uid) ? send(200, { uid, primaryKey: 'id', createdAt: now(), updatedAt: now() }) : send(404, { message: `Index \`${uid}\` not found.`, code: 'index_not_found', type: 'invalid_request', link: 'https://docs.meilisearch.com/errors#index_not_found' });
				if (wire.method === 'DELETE') return enqueue(uid, 'indexDeletion', () => indexes.delete(uid));
			}
			if ((match = /^\/indexes\/([^/]+)\/(settings|documents)$/.exec(url.pathname))) return enqueue(decodeURIComponent(match[1]!), match[2] === 'settings' ? 'settingsUpdate' : 'documentAdditionOrUpdate', () => undefined);
			if (wire.method === 'POST' && url.pathname === '/swap-indexes') return enqueue(null, 'indexSwap', () => undefined);
			send(404, { message: 'not found', code: 'not_found', type: 'invalid_request', link: '' });
		});
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, requests, indexes, close: () => new Promise((done) => server.close(() => done())) });
		}),
	);
}
