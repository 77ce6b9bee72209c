/**
 * Sets (or adds) one top-level scalar field in a Markdown file's YAML frontmatter, touching no other
 * line, so staff's formatting, comments and key order survive. The value is written as YAML: strings
 * quoted, booleans and numbers bare. Returns the file unchanged when the field already has that value.
 */
export function setFrontmatterField(file: string, key: string, value: string | number | boolean): string {
	const bom = file.startsWith('\uFEFF') ? '\uFEFF' : '';
	const text = bom ? file.slice(1) : file;
	const newline = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(/\r?\n/);
	if (lines[0] !== '---') throw new Error('the file has no frontmatter (it must begin with a line ---)');
	const end = lines.indexOf('---', 1);
	if (end < 0) throw new Error('the frontmatter is not closed by a line ---');
	const written = `${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
	const at = lines.slice(1, end).findIndex((line) => line.startsWith(`${key}:`));
	if (at >= 0) {
		if (lines[at + 1] === written) return file;
		lines[at + 1] = written;
	} else {
		lines.splice(end, 0, written);
	}
	return bom + lines.join(newline);
}
