import QRCode from 'qrcode';

/** Modules of white border around the symbol: the quiet zone the QR specification asks for. */
const QUIET_ZONE = 4;

/** The QR mask pattern (0 to 7) used for every code. */
const MASK_PATTERN = 0;

const cache = new Map<string, string>();

/**
 * An inline SVG QR code for a URL (error correction M), one path of dark runs per row: about a
 * third of the size of `qrcode`'s own SVG string. Each URL is encoded once per build, however
 * many dossiers print it. The SVG is decorative for assistive technology (the URL is printed
 * beside it); it has no `style` attribute, so the Content-Security-Policy allows it.
 * @example qrSvg('https://exchange.example.org/ru/achievements/to-0007/')
 */
export function qrSvg(url: string): string {
	let svg = cache.get(url);
	if (svg === undefined) {
		svg = renderQrSvg(url);
		cache.set(url, svg);
	}
	return svg;
}

function renderQrSvg(url: string): string {
	// One fixed mask instead of scoring all eight: every mask is valid and decodes (tested with jsQR); scoring them was
	// about 60% of the encoding time, 8,000 codes at 2,000 offers in a cold build.
	// One byte-mode segment: a URL is bytes anyway, and it skips qrcode's shortest-path search over segmentations.
	const { modules } = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: MASK_PATTERN });
	const { size, data } = modules;
	// Each run of dark modules is a 1-unit stroke: `M` to the first run of a row, then `m` by the gap.
	let path = '';
	for (let row = 0; row < size; row++) {
		let end = -1;
		for (let col = 0; col < size; col++) {
			if (!data[row * size + col]) continue;
			const start = col;
			while (col + 1 < size && data[row * size + col + 1]) col++;
			path += end < 0 ? `M${start} ${row}.5h${col - start + 1}` : `m${start - end} 0h${col - start + 1}`;
			end = col + 1;
		}
	}
	const box = size + 2 * QUIET_ZONE;
	return `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}" shape-rendering="crispEdges" aria-hidden="true" focusable="false"><path fill="#fff" d="M${-QUIET_ZONE} ${-QUIET_ZONE}h${box}v${box}h${-box}z"/><path stroke="#000" d="${path}"/></svg>`;
}
