/**
 * Checks every content file (market.yaml, items, pages, images) with the reader the build uses,
 * and the termbase (duplicate ids, a variant naming two concepts), warns where a text uses a term
 * the termbase marks as deprecated, then lists what is not yet translated, per language. Exit code 1 with every problem listed
 * when anything is wrong; warnings (oversized images, very long texts) do not fail the check.
 * Usage: npm run check:content
 */
import { KIND_NAMES } from '../content/core/kinds/index.ts';
import { ContentError, formatIssue } from '../content/core/model/content-error.ts';
import { readContent } from '../content/core/read/read-content.ts';
import { LOCALES } from '../content/core/schema/locales.ts';
import { findDeprecatedTerms } from '../content/core/termbase/deprecated-terms.ts';
import { readTermbase } from '../content/core/termbase/read-termbase.ts';

try {
	const { termbase, issues } = readTermbase();
	let content;
	try {
		content = readContent();
	} catch (error) {
		if (error instanceof ContentError && issues.length) throw new ContentError([...error.issues, ...issues]);
		throw error;
	}
	if (issues.length) throw new ContentError(issues);
	const { model } = content;
	const warnings = [...content.warnings, ...findDeprecatedTerms(model, termbase)];
	for (const warning of warnings) console.warn(`warning: ${formatIssue(warning)}`);
	console.log(`Termbase is valid: ${termbase.concepts.length.toLocaleString('en')} concepts in ${new Set(termbase.concepts.map((concept) => concept.domain)).size} domains.`);
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
