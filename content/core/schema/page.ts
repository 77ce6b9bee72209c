import { nonEmptyText } from './fields.ts';
import { textFields } from './strict.ts';

/** A standalone page in one language, e.g. `pages/about/ru.md`. */
export const pageTextSchema = textFields(
	{
		title: nonEmptyText(120, 'the page title'),
		summary: nonEmptyText(240, 'one sentence describing the page'),
	},
	[],
);
