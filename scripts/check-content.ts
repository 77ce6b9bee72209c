/**
 * Checks every content file against the schema and the links between items, and
 * prints a translation summary. Exit code 1 with every problem listed when anything is wrong.
 * Usage: npm run check:content
 */
import { LOCALES } from '../content/schema/locale.ts';
import { ContentError } from '../content/model/content-error.ts';
import { readContentModel } from '../content/model/read-content.ts';
import { readMarket } from '../content/model/read-market.ts';

try {
	readMarket();
	const model = readContentModel();
	const count = (items: { texts: object }[], locale: string) => items.filter((item) => locale in item.texts).length;
	console.log(`Content is valid: ${model.achievements.length} achievements, ${model.cases.length} cases.`);
	for (const locale of LOCALES) {
		console.log(`  ${locale}: ${count(model.achievements, locale)}/${model.achievements.length} achievements, ${count(model.cases, locale)}/${model.cases.length} cases translated`);
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
