import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { listPages, page as builtPage } from '../support/built-site.ts';
import { FIXTURE_CONTENT } from '../support/fixture-content.ts';

// `npm run dev` is how staff preview: drafts (fx-0008) appear there, with a banner, and nowhere else.
let dev: ChildProcess;
let origin = '';

const withoutTestVariables = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));

const freePort = () =>
	new Promise<number>((done) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});

beforeAll(async () => {
	const port = await freePort();
	dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		// Without Vitest's variables: under them Vite serves no Astro routes.
		env: { ...withoutTestVariables(process.env), SRE_CONTENT_DIR: FIXTURE_CONTENT },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	await new Promise<void>((ready, fail) => {
		const timer = setTimeout(() => fail(new Error(`astro dev did not start in 120 s:\n${output}`)), 120_000);
		const watch = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes(`127.0.0.1:${port}`)) {
				clearTimeout(timer);
				ready();
			}
		};
		dev.stdout!.on('data', watch);
		dev.stderr!.on('data', watch);
		dev.on('exit', (code) => fail(new Error(`astro dev exited with ${code}:\n${output}`)));
	});
	origin = `http://127.0.0.1:${port}`;
}, 150_000);

afterAll(() => {
	dev?.kill();
});

const get = async (path: string) => {
	const response = await fetch(`${origin}${path}`);
	return { status: response.status, doc: parse(await response.text()) };
};

describe('drafts under npm run dev', () => {
	it('shows a draft offer with a visible draft banner in the visitor’s language', async () => {
		const { status, doc } = await get('/en/achievements/fx-0008/');
		expect(status).toBe(200);
		const banner = doc.querySelector('.draft-banner');
		expect(banner).not.toBeNull();
		expect(banner!.text).toMatch(/Draft/);
		const zh = await get('/zh/achievements/fx-0008/');
		expect(zh.doc.querySelector('.draft-banner')!.text).toMatch(/草稿/);
	}, 60_000);

	it('lists the draft so staff can find it, and shows published offers without a banner', async () => {
		const listing = await get('/en/achievements/');
		expect(listing.doc.querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain('/en/achievements/fx-0008/');
		const published = await get('/en/achievements/fx-0001/');
		expect(published.doc.querySelector('.draft-banner')).toBeNull();
	}, 60_000);

	it('still leaves expired offers out', async () => {
		expect((await get('/en/achievements/fx-0009/')).status).toBe(404);
	}, 60_000);
});

describe('dossiers under npm run dev', () => {
	it('renders a single offer’s dossier as a page of its own (astro build writes them from a template instead)', async () => {
		const { status, doc } = await get('/ru/achievements/fx-0001/dossier/');
		expect(status).toBe(200);
		expect(doc.querySelector('[data-pair="offer:fx-0001"] .dossier-facts')).not.toBeNull();
		expect(doc.querySelector('html')!.getAttribute('lang')).toBe('ru');
		expect(doc.toString()).not.toContain('__sre_slot');
		expect((await get('/ru/achievements/_template/dossier/')).status).toBe(404);
	}, 60_000);
});

/** What an offer's page says and shows, as a build writes it from its template and as `astro dev` renders it. */
function offerPageParts(doc: HTMLElement) {
	const main = doc.querySelector('main')!.clone() as HTMLElement;
	// Drafts are offered as "more in this sector" only under `astro dev`; scripts are where each pipeline puts them.
	main.querySelector('[aria-labelledby="same-sector-heading"]')?.remove();
	for (const script of main.querySelectorAll('script')) script.remove();
	return {
		lang: doc.querySelector('html')!.getAttribute('lang'),
		head: doc
			.querySelectorAll('head > title, head > meta[name], head > meta[property], head > link, head > script[type="application/ld+json"]')
			.map((element) => element.toString())
			.filter((tag) => !tag.includes('/@vite') && !tag.includes('/_astro/')),
		switcher: doc.querySelectorAll('.language-switcher a').map((link) => `${link.getAttribute('hreflang')} ${link.getAttribute('href')} ${link.getAttribute('aria-current') ?? ''}`),
		main: main.innerHTML.replace(/\s+/g, ' '),
	};
}

describe('offer pages: what astro build writes from its template is what astro dev renders', () => {
	it('has the same head, language links and page body for every offer in every locale', async () => {
		const dist = inject('distDir');
		const offers = listPages(dist).filter((path) => /^\/[a-z]{2}\/achievements\/[a-z]{2}-\d+\/$/.test(path));
		expect(offers.length).toBeGreaterThanOrEqual(28);
		for (const path of offers) {
			const built = offerPageParts(builtPage(dist, path));
			const { status, doc } = await get(path);
			expect(status, path).toBe(200);
			expect(offerPageParts(doc), path).toEqual(built);
			expect(built.main, path).toContain('<h1');
		}
	}, 180_000);

	it('leaves no template and no unfilled slot behind in the build', () => {
		const dist = inject('distDir');
		const pages = listPages(dist);
		expect(pages.filter((path) => path.includes('_template'))).toEqual([]);
		expect(pages.filter((path) => /__sre_(slot|qr)/.test(builtPage(dist, path).toString()))).toEqual([]);
	});
});
