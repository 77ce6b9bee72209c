import { Parser } from 'htmlparser2';
import { Lexer, type Token, type Tokens } from 'marked';
import { message } from '../messages/message.ts';
import type { SafetyIssue } from './issue.ts';
import { DANGEROUS_SCHEMES, LINK_SCHEMES, readLinkTarget } from './link-target.ts';

/**
 * The only raw HTML tags a Markdown body may contain, and only without attributes: Markdown has
 * no syntax for them, they cannot load or run anything, and the renderer keeps them.
 */
export const ALLOWED_INLINE_TAGS: readonly string[] = ['br', 'sup', 'sub', 'kbd'];

/**
 * Raw HTML and autolinks need `<`; inline links and images need `](`; reference definitions
 * need `]:`. A body with none of these has nothing to check, and most offers have none: lexing
 * them cost 0.4 ms each (3 s for 8,000 texts).
 */
const MAY_HOLD_HTML_OR_LINKS = /<|\]\(|\]\s*:/;

/** Finds raw HTML and dangerous link targets in a Markdown body; `firstLine` is the file line the body starts on. */
export function findUnsafeMarkdown(body: string, file: string, firstLine: number): SafetyIssue[] {
	const issues: SafetyIssue[] = [];
	const report = (line: number, problem: string) => issues.push({ file, field: '', problem, line });
	// marked turns CR LF into LF before lexing; doing it first keeps its `raw` texts findable in ours.
	const source = body.replace(/\r\n?/g, '\n');
	if (!MAY_HOLD_HTML_OR_LINKS.test(source)) return issues;
	visitTokens(new Lexer().lex(source), source, firstLine, (token, line) => {
		if (token.type === 'html') findRawHtml(token.raw, line, report);
		else if (token.type === 'link' || token.type === 'image') {
			const link = token as Tokens.Link | Tokens.Image;
			// `[text][label]` takes its target from a `[label]: target` line, which is reported itself.
			if (!link.raw.endsWith(']')) checkTarget(link.href, token.type === 'image', line, report);
		} else if (token.type === 'def') checkTarget((token as Tokens.Def).href, false, line, report);
	});
	return issues;
}

type Visit = (token: Token, line: number) => void;
type Report = (line: number, problem: string) => void;

// marked's tokens have no positions, only their source text (`raw`). Each token is found in its
// parent's text after the previous sibling, which gives its line. Where marked has changed the text
// (the `> ` of a blockquote is removed from its children), the token's first line is looked for
// instead; line breaks are never removed, so the lines stay right.
function visitTokens(tokens: readonly Token[], source: string, firstLine: number, visit: Visit): void {
	let cursor = 0;
	for (const token of tokens) {
		const found = locate(source, token.raw, cursor);
		cursor = found.end;
		const line = firstLine + countBreaks(source, found.start);
		visit(token, line);
		visitChildren(token, line, visit);
	}
}

function visitChildren(token: Token, line: number, visit: Visit): void {
	if (token.type === 'list') {
		visitTokens((token as Tokens.List).items, token.raw, line, visit);
	} else if (token.type === 'table') {
		const table = token as Tokens.Table;
		// Table cells have no `raw`; their text is found in the table's instead.
		let cursor = 0;
		for (const cell of [...table.header, ...table.rows.flat()]) {
			const found = locate(table.raw, cell.text, cursor);
			cursor = found.end;
			visitTokens(cell.tokens, cell.text, line + countBreaks(table.raw, found.start), visit);
		}
	} else if ('tokens' in token && token.tokens) {
		visitTokens(token.tokens, token.raw, line, visit);
	}
}

function locate(source: string, text: string, from: number): { start: number; end: number } {
	const exact = source.indexOf(text, from);
	if (exact >= 0) return { start: exact, end: exact + text.length };
	const firstLine = text.split('\n').find((part) => part.trim())?.trim() ?? '';
	const partial = firstLine ? source.indexOf(firstLine, from) : -1;
	if (partial >= 0) return { start: partial, end: partial + firstLine.length };
	return { start: from, end: from };
}

function countBreaks(text: string, end: number): number {
	let breaks = 0;
	for (let index = text.indexOf('\n'); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) breaks++;
	return breaks;
}

// An HTML block can hold many tags over many lines; htmlparser2 reads it like a browser would
// (so `<script>` content is not mistaken for tags) and says where each tag starts.
function findRawHtml(html: string, line: number, report: Report): void {
	const lineOf = (offset: number) => line + countBreaks(html, offset);
	const parser: Parser = new Parser(
		{
			onopentag(name, attributes) {
				const at = lineOf(parser.startIndex);
				if (!ALLOWED_INLINE_TAGS.includes(name)) report(at, message('markdown.rawHtml', { name, line: at, hint: tagHint(name) }));
				else if (Object.keys(attributes).length > 0) report(at, message('markdown.rawHtmlAttributes', { name, line: at }));
			},
			oncomment() {
				const at = lineOf(parser.startIndex);
				report(at, message(html.startsWith('<!--', parser.startIndex) ? 'markdown.comment' : 'markdown.cdata', { line: at }));
			},
			onprocessinginstruction(name) {
				const at = lineOf(parser.startIndex);
				report(at, message('markdown.instruction', { name, line: at }));
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
}

function tagHint(name: string): string {
	if (name === 'a') return message('markdown.hintLink');
	if (name === 'img') return message('markdown.hintImage');
	return message('markdown.hintOther');
}

function checkTarget(target: string, isImage: boolean, line: number, report: Report): void {
	const { scheme, protocolRelative } = readLinkTarget(target);
	if (scheme && DANGEROUS_SCHEMES.includes(scheme)) {
		report(line, message(isImage ? 'markdown.dangerousImage' : 'markdown.dangerousLink', { scheme, line }));
	} else if (isImage && (scheme || protocolRelative)) {
		// The Content-Security-Policy only lets the site's own pictures load, and the renderer drops the others.
		report(line, message('markdown.foreignImage', { target: scheme ? `${scheme}:` : '//', line }));
	} else if (scheme && !LINK_SCHEMES.includes(scheme)) {
		report(line, message('markdown.unsupportedScheme', { scheme, line }));
	} else if (protocolRelative) {
		report(line, message('markdown.protocolRelative', { line }));
	}
}
