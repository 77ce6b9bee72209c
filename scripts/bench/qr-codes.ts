/**
 * Time to make the QR codes of 2,000 offers' dossiers in four languages (8,000 URLs), with the
 * portal's compact SVG and with `qrcode`'s own SVG string for comparison.
 * Run: `node scripts/bench/qr-codes.ts [count per language]`.
 */
import { cpus } from 'node:os';
import QRCode from 'qrcode';
import { qrSvg } from '../../site/lib/dossier/qr-svg.ts';

const perLocale = Number(process.argv[2] ?? 2000);
const urls = ['zh', 'en', 'nb', 'ru'].flatMap((locale) => Array.from({ length: perLocale }, (_, index) => `https://exchange.example.org/${locale}/achievements/to-${String(index + 1).padStart(4, '0')}/`));

let started = performance.now();
const ownBytes = urls.reduce((sum, url) => sum + qrSvg(url).length, 0);
const own = performance.now() - started;

started = performance.now();
for (const url of urls) qrSvg(url);
const cached = performance.now() - started;

started = performance.now();
let libraryBytes = 0;
for (const url of urls) libraryBytes += (await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })).length;
const library = performance.now() - started;

console.log(`${urls.length} QR codes on ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log(`  compact SVG (site/lib/dossier/qr-svg.ts): ${(own / 1000).toFixed(2)} s, ${(ownBytes / urls.length).toFixed(0)} bytes each`);
console.log(`  the same URLs again (cached): ${cached.toFixed(1)} ms`);
console.log(`  qrcode.toString({ type: 'svg' }): ${(library / 1000).toFixed(2)} s, ${(libraryBytes / urls.length).toFixed(0)} bytes each`);
