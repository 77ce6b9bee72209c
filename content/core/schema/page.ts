import { nonEmptyText } from './fields.ts';
import { textFields } from './strict.ts';

/** A standalone page in one language, e.g. `pages/about/ru.md`. */
export const pageTextSchema = textFields(
	{
		title: nonEmptyText(120, 'what.pageTitle'),
		summary: nonEmptyText(240, 'what.pageSummary'),
	},
	[],
);
