import { message } from '../messages/message.ts';
// Words zod's own checks (lists, true/false, nested objects) in the staff's language; every schema module loads this one.
import '../messages/zod-messages.ts';

/** Quotes a received value for an author-facing message, or says it is missing. */
export function describeInput(input: unknown): string {
	if (input === undefined) return message('input.missing');
	if (typeof input === 'string') return `"${input}"`;
	if (input instanceof Date) return input.toISOString().slice(0, 10);
	return JSON.stringify(input) ?? String(input);
}
