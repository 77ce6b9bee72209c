/**
 * Checks every content file (market.yaml, items, pages, images) with the reader the build uses,
 * then lists what is not yet translated, per language. Exit code 1 with every problem listed
 * when anything is wrong; warnings (oversized images, very long texts) do not fail the check.
 * Usage: npm run check:content
 */
import { KIND_NAMES } from '../content/core/kinds/index.ts';
import { ContentError, formatIssue } from '../content/core/model/content-error.ts';
import { readContent } from '../content/core/read/read-content.ts';
import { LOCALES } from '../content/core/schema/locales.ts';

try {
	const { model, warnings } = readContent();
	for (const warning of warnings) console.warn(`warning: ${formatIssue(warning)}`);
	console.log(`Content is valid: ${KIND_NAMES.map((name) => `${model[name].length} ${name}`).join(', ')}.`);
	console.log('Translations:');
	for (const locale of LOCALES) {
		const missing = KIND_NAMES.flatMap((name) => (model[name] as { id: string; texts: object }[]).filter((item) => !(locale in item.texts)).map((item) => `${name}/${item.id}`));
		const pages = Object.entries(model.pages).filter(([, texts]) => !(locale in texts)).map(([page]) => `pages/${page}`);
		const untranslated = [...missing, ...pages];
		const total = KIND_NAMES.reduce((sum, name) => sum + model[name].length, 0) + Object.keys(model.pages).length;
		console.log(`  ${locale}: ${total - untranslated.length}/${total} translated${untranslated.length ? `; missing: ${untranslated.join(', ')}` : ''}`);
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
