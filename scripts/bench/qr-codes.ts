/**
 * Time to make the QR codes of 2,000 offers' dossiers in four languages (8,000 URLs), with the
 * portal's compact SVG and with `qrcode`'s own SVG string for comparison; writes the
 * "dossier-qr" section of BENCHMARKS.md. Run: `node scripts/bench/qr-codes.ts [count per language]`.
 */
import { loadavg } from 'node:os';
import QRCode from 'qrcode';
import { qrSvg } from '../../site/lib/dossier/qr-svg.ts';
import { describeMachine, writeBenchmarkSection } from '../lib/benchmarks-file.ts';

const perLocale = Number(process.argv[2] ?? 2000);
const urls = ['zh', 'en', 'nb', 'ru'].flatMap((locale) => Array.from({ length: perLocale }, (_, index) => `https://exchange.example.org/${locale}/achievements/to-${String(index + 1).padStart(4, '0')}/`));

let started = performance.now();
const ownBytes = urls.reduce((sum, url) => sum + qrSvg(url).length, 0);
const own = performance.now() - started;

started = performance.now();
for (const url of urls) qrSvg(url);
const cached = performance.now() - started;

// What a rebuild pays instead (site/lib/dossier/qr-build-cache.ts): reading the codes back from Astro's cache folder.
const saved = JSON.stringify(Object.fromEntries(urls.map((url) => [url, qrSvg(url)])));
started = performance.now();
const restored = new Map(Object.entries(JSON.parse(saved) as Record<string, string>));
const reload = performance.now() - started;
if (restored.size !== urls.length) throw new Error('the cache lost codes');

started = performance.now();
let libraryBytes = 0;
for (const url of urls) libraryBytes += (await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })).length;
const library = performance.now() - started;

const lines = [
	'## QR codes of dossiers',
	'',
	`${urls.length.toLocaleString('en')} dossier URLs (${perLocale.toLocaleString('en')} offers × 4 languages), error correction M, best of the eight masks chosen as the QR specification asks. Measured on ${await describeMachine()}, load average ${loadavg()[0]!.toFixed(1)} when it ran (\`node scripts/bench/qr-codes.ts\`).`,
	'',
	'| | time | SVG size per code |',
	'| --- | --- | --- |',
	`| \`qrSvg\` (site/lib/dossier/qr-svg.ts: \`QRCode.create\`, one stroked path of runs) | ${(own / 1000).toFixed(2)} s (${(own / urls.length).toFixed(2)} ms per code) | ${(ownBytes / urls.length).toFixed(0)} bytes |`,
	`| the same URLs again (one code per URL per build, cached) | ${cached.toFixed(1)} ms | |`,
	`| a rebuild: all codes read back from the build cache (${(saved.length / 2 ** 20).toFixed(1)} MB of JSON in Astro's cache folder) | ${reload.toFixed(0)} ms | |`,
	`| \`QRCode.toString(url, { type: 'svg' })\` for comparison | ${(library / 1000).toFixed(2)} s | ${(libraryBytes / urls.length).toFixed(0)} bytes |`,
	'',
	'Nearly all of the time is the encoder (\`QRCode.create\`): about half of it is scoring the eight masks. Fixing one mask would halve it, at the cost of codes that some scanners read less reliably; not done.',
];
console.log(lines.join('\n'));
writeBenchmarkSection('dossier-qr', lines.join('\n'));
