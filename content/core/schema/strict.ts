import { z } from 'zod';
import { message, type MessageKey } from '../messages/message.ts';

const quoted = (keys: readonly PropertyKey[]) => keys.map((key) => `"${String(key)}"`).join(', ');

/** A strict object whose unknown-field error lists the fields that are allowed. */
export function strictFields<Shape extends z.ZodRawShape>(shape: Shape, fileKind: MessageKey) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? message('fields.unknown', { keys: quoted(issue.keys), fileKind: message(fileKind), allowed })
				: message('fields.notObject', { allowed }),
	});
}

/** A language file's fields: a fact put there is rejected with a pointer to index.md. */
export function textFields<Shape extends z.ZodRawShape>(shape: Shape, factFields: readonly string[]) {
	const allowed = Object.keys(shape).join(', ');
	return z.strictObject(shape, {
		error: (issue) => {
			if (issue.code !== 'unrecognized_keys') return message('fields.notObject', { allowed });
			const facts = issue.keys.filter((key) => factFields.includes(key));
			if (facts.length) return message('fields.factInText', { keys: quoted(facts), allowed });
			return message('fields.unknownInText', { keys: quoted(issue.keys), allowed });
		},
	});
}
