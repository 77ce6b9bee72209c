import { Parser } from 'htmlparser2';
import { message } from '../messages/message.ts';
import type { SafetyIssue } from './issue.ts';
import { lineAt } from './line-at.ts';
import { readLinkTarget } from './link-target.ts';


// An SVG is a document, not a picture: opened on its own (the "open image in new tab" case), these run
// code or pull in other pages. Names are compared without their namespace prefix (`svg:script`).
const CODE_ELEMENTS = ['script', 'handler', 'listener'];
const EMBEDDING_ELEMENTS = ['foreignobject', 'iframe', 'embed', 'object'];
const ANIMATION_ELEMENTS = ['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor'];

/** Finds what lets an SVG image run code or load anything outside itself: scripts, event attributes, outside links, entities. */
export function findUnsafeSvg(svg: string, file: string): SafetyIssue[] {
	const issues: SafetyIssue[] = [];
	const report = (offset: number, problem: (line: number) => string) => {
		const line = lineAt(svg, offset);
		issues.push({ file, field: '', problem: message('svg.problem', { problem: problem(line), fix: message('svg.fix') }), line });
	};
	findEntityDeclarations(svg, report);
	let sawSvg = false;
	let style: { start: number; css: string } | undefined;
	const parser: Parser = new Parser(
		{
			onopentag(name, attributes) {
				const start = parser.startIndex;
				const element = localName(name);
				sawSvg ||= element === 'svg';
				if (CODE_ELEMENTS.includes(element)) report(start, (line) => message('svg.codeElement', { name, line }));
				if (EMBEDDING_ELEMENTS.includes(element)) report(start, (line) => message('svg.embedElement', { name, line }));
				if (ANIMATION_ELEMENTS.includes(element)) checkAnimation(name, attributes, start, report);
				for (const [attribute, value] of Object.entries(attributes)) checkAttribute(name, attribute, value, start, report);
				if (element === 'style') style = { start, css: '' };
			},
			ontext(text) {
				if (style) style.css += text;
			},
			onclosetag(name) {
				if (style && localName(name) === 'style') {
					const { start, css } = style;
					for (const found of cssProblems(css)) report(start, (line) => message('svg.styleElement', { found, line }));
					style = undefined;
				}
			},
			onprocessinginstruction(name) {
				// `<?xml-stylesheet?>` can load XSLT, which runs like a script in some browsers.
				if (name.toLowerCase() === '?xml-stylesheet') report(parser.startIndex, (line) => message('svg.stylesheet', { line }));
			},
		},
		{ xmlMode: true, decodeEntities: true },
	);
	parser.end(svg);
	if (!sawSvg) issues.push({ file, field: '', problem: message('svg.notSvg', { fix: message('svg.fix') }) });
	return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Report = (offset: number, problem: (line: number) => string) => void;

function checkAttribute(element: string, attribute: string, value: string, start: number, report: Report): void {
	const name = localName(attribute);
	const target = value.trim();
	if (name.startsWith('on')) {
		report(start, (line) => message('svg.eventAttribute', { attribute, element, line }));
	} else if (name === 'href') {
		// An empty href points at the image itself, as a `#name` one points into it.
		if (target !== '' && !target.startsWith('#'))
			report(start, (line) => message('svg.externalHref', { target: describe(target), element, line }));
	} else if (name === 'style' || target.toLowerCase().includes('url(')) {
		for (const found of cssProblems(value)) report(start, (line) => message('svg.styleAttribute', { attribute, element, found, line }));
	}
}

// `<set attributeName="href" to="javascript:…">` turns a harmless element into a script link only
// once the animation runs, so the target attribute itself is what gives it away.
function checkAnimation(element: string, attributes: Record<string, string>, start: number, report: Report): void {
	const target = Object.entries(attributes).find(([attribute]) => localName(attribute) === 'attributename')?.[1];
	const animated = target === undefined ? '' : localName(target.trim());
	if (animated === 'href' || animated.startsWith('on'))
		report(start, (line) => message('svg.animation', { element, target: target?.trim() ?? '', line }));
}

// A DOCTYPE with an internal subset can declare entities that expand to gigabytes ("billion laughs")
// or read local files; plain SVG never needs one. Checked on the text, as parsers differ on DTDs.
function findEntityDeclarations(svg: string, report: Report): void {
	const declaration = /<!ENTITY|<!DOCTYPE[^>[]*\[/i.exec(svg);
	if (declaration)
		report(declaration.index, (line) => message('svg.entities', { line }));
}

function cssProblems(css: string): string[] {
	const plain = css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		// CSS escapes (`\75 rl(`) spell the same words; they are undone so they cannot hide one.
		.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
		.replace(/\\(.)/g, '$1');
	const problems: string[] = [];
	if (/@import/i.test(plain)) problems.push(message('css.import'));
	for (const match of plain.matchAll(/url\(\s*(['"]?)([^'")]*)/gi)) {
		const target = match[2]?.trim() ?? '';
		if (!target.startsWith('#')) problems.push(message('css.url', { target: describe(target) }));
	}
	return problems;
}

function describe(target: string): string {
	const { scheme } = readLinkTarget(target);
	if (scheme) return `"${scheme}:…"`;
	const shown = target.trim();
	return `"${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}"`;
}

function localName(name: string): string {
	return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}
