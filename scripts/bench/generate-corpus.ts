import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../content/core/schema/locale.ts';
import { readContentModel } from '../../content/core/read/read-content.ts';

/**
 * Writes a corpus of `count` achievements, each in all four languages, into `dir`, by varying
 * the sample offers that are translated into every language (real prose, unique titles and ids).
 */
export function generateCorpus(dir: string, count: number): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'achievements'), { recursive: true });
	cpSync('content/market.yaml', join(dir, 'market.yaml'));
	cpSync('content/pages', join(dir, 'pages'), { recursive: true });
	const templates = readContentModel('content').achievements.filter((item) => LOCALES.every((locale) => item.texts[locale]));
	if (templates.length === 0) throw new Error('no sample achievement is translated into every language');
	for (let index = 1; index <= count; index++) {
		const template = templates[index % templates.length]!;
		const id = `bx-${String(index).padStart(5, '0')}`;
		const folder = join(dir, 'achievements', id);
		// Copy the whole folder (images too), then vary the Markdown.
		cpSync(join('content/achievements', template.id), folder, { recursive: true });
		const day = new Date(Date.UTC(2025, 0, 1) + (index % 600) * 86_400_000).toISOString().slice(0, 10);
		const facts = readFileSync(join('content/achievements', template.id, 'index.md'), 'utf8')
			.replace(/^published: .*$/m, `published: ${day}`)
			.replace(/^expires: .*$/m, '')
			.replace(/^featured: .*$/m, `featured: ${index <= 6}`);
		writeFileSync(join(folder, 'index.md'), facts);
		for (const locale of LOCALES) {
			const text = readFileSync(join('content/achievements', template.id, `${locale}.md`), 'utf8').replace(/^title: (.*)$/m, (_, title: string) => `title: ${JSON.stringify(`${title.replace(/^"|"$/g, '')} (${id})`)}`);
			writeFileSync(join(folder, `${locale}.md`), text);
		}
	}
}
