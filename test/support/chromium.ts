import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium fonts-noto-cjk poppler-utils';

/** Launch flags for a closed network: no background connections, no sandbox as root. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** pdftotext and pdffonts (poppler-utils) read the printed dossiers back in the print tests. */
function popplerInstalled(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function fontsInstalled(): boolean {
	try {
		return /Noto Sans CJK/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
	} catch {
		return false;
	}
}

/**
 * Finds Debian's Chromium (or CHROMIUM_PATH), the CJK fonts and poppler-utils (to read printed
 * PDFs back); installs what is missing with apt when running as root; otherwise fails with the
 * exact command to run. Never skips.
 */
export function provisionChromium(): string {
	const find = () => [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path): path is string => Boolean(path && existsSync(path)));
	let path = find();
	if ((!path || !fontsInstalled() || !popplerInstalled()) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log('browser tests: installing chromium, fonts-noto-cjk and poppler-utils with apt-get');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk', 'poppler-utils'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		path = find();
	}
	if (!path) throw new Error(`The browser tests need Chromium and none was found (looked at CHROMIUM_PATH, ${CANDIDATES.join(', ')}). Run: ${INSTALL_COMMAND}`);
	if (!fontsInstalled()) throw new Error(`The browser tests need the Noto CJK fonts so Chinese is drawn, not boxes. Run: ${INSTALL_COMMAND}`);
	if (!popplerInstalled()) throw new Error(`The print tests need pdftotext and pdffonts (poppler-utils) to read the dossiers' PDFs. Run: ${INSTALL_COMMAND}`);
	return path;
}
