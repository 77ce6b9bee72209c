/**
 * A `mailto:` URL with subject and body, encoded per RFC 6068 (spaces as %20, not +, so every
 * mail client shows them; line breaks as %0D%0A).
 */
export function mailtoUrl(to: string, subject: string, body: string): string {
	const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
	return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}
