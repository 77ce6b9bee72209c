/**
 * Worker thread: the QR codes of every offer dossier of a build, made alongside Astro's work on the
 * main thread (8,000 codes at 2,000 offers, about 1 ms each when not cached). Started by
 * site/integrations/templated-pages.ts; posts back [url, svg] pairs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readQrCache } from './qr-build-cache.ts';
import { qrSvg } from './qr-svg.ts';

export interface QrWorkerInput {
	urls: string[];
	cacheFile: string;
}

const { urls, cacheFile } = workerData as QrWorkerInput;
const cached = readQrCache(cacheFile);
parentPort!.postMessage(
	urls.map((url) => {
		const svg = cached.get(url);
		return [url, svg?.startsWith('<svg') ? svg : qrSvg(url)] as [string, string];
	}),
);
