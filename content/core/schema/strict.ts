import { z } from 'zod';

/** A strict object whose unknown-field error lists the fields that are allowed. */
export function strictFields<Shape extends z.ZodRawShape>(shape: Shape, fileKind: string) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a field of ${fileKind}; allowed fields: ${allowed}`
				: `must be a set of fields (${allowed})`,
	});
}

/** A language file's fields: a fact put there is rejected with a pointer to index.md. */
export function textFields<Shape extends z.ZodRawShape>(shape: Shape, factFields: readonly string[]) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return `must be a set of fields (${allowed})`;
			const facts = issue.keys.filter((key) => factFields.includes(key));
			if (facts.length) {
				return `${facts.map((key) => `"${key}"`).join(', ')} is a fact, written once in index.md; a language file has only: ${allowed}`;
			}
			return `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a field of a language file; allowed fields: ${allowed}`;
		},
	});
}
