import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** The headers `_headers` gives for `/*`, so tests run under the same CSP a host would send. */
function siteWideHeaders(root: string): Record<string, string> {
	const file = join(root, '_headers');
	if (!existsSync(file)) return {};
	const block = readFileSync(file, 'utf8').split(/^\/\*\s*$/m)[1]?.split(/^\S/m)[0] ?? '';
	return Object.fromEntries(
		block
			.split('\n')
			.map((line) => /^\s+([\w-]+):\s*(.+)$/.exec(line))
			.filter((match): match is RegExpExecArray => match !== null)
			.map((match) => [match[1]!, match[2]!]),
	);
}

/** Serves a built site like a static host: directory index, `/404.html` with status 404, gzip, `_headers`. */
export function serveStatic(root: string, port = 0): Promise<{ server: Server; origin: string }> {
	const headers = siteWideHeaders(root);
	const server = createServer((request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) {
			status = 404;
			file = join(root, '404.html');
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		// Compress text like any static host does (Pagefind's own files are already compressed).
		const compress = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(status, { ...headers, 'Content-Type': type, ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
		const stream = createReadStream(file);
		(compress ? stream.pipe(createGzip()) : stream).pipe(response);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
		});
	});
}
