import { Parser } from 'htmlparser2';
import type { SafetyIssue } from './issue.ts';
import { lineAt } from './line-at.ts';
import { readLinkTarget } from './link-target.ts';

const FIX = 'export the image again from the drawing program as a plain SVG (without scripts, links or embedded files), or save it as PNG';

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
		issues.push({ file, field: '', problem: `the SVG image ${problem(line)}; ${FIX}`, line });
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
				if (CODE_ELEMENTS.includes(element)) report(start, (line) => `contains the element <${name}> (line ${line}), which could run code on the site`);
				if (EMBEDDING_ELEMENTS.includes(element))
					report(start, (line) => `contains the element <${name}> (line ${line}), which can put a web page or another file inside the image`);
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
					for (const found of cssProblems(css)) report(start, (line) => `has a <style> element that ${found} (line ${line})`);
					style = undefined;
				}
			},
			onprocessinginstruction(name) {
				// `<?xml-stylesheet?>` can load XSLT, which runs like a script in some browsers.
				if (name.toLowerCase() === '?xml-stylesheet')
					report(parser.startIndex, (line) => `loads a style sheet from outside (<?xml-stylesheet, line ${line})`);
			},
		},
		{ xmlMode: true, decodeEntities: true },
	);
	parser.end(svg);
	if (!sawSvg) issues.push({ file, field: '', problem: `is not an SVG image (it has no <svg> element); ${FIX}` });
	return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

type Report = (offset: number, problem: (line: number) => string) => void;

function checkAttribute(element: string, attribute: string, value: string, start: number, report: Report): void {
	const name = localName(attribute);
	const target = value.trim();
	if (name.startsWith('on')) {
		report(start, (line) => `has an event attribute "${attribute}" on <${element}> (line ${line}), which could run code on the site`);
	} else if (name === 'href') {
		// An empty href points at the image itself, as a `#name` one points into it.
		if (target !== '' && !target.startsWith('#'))
			report(start, (line) => `refers to ${describe(target)} from <${element}> (line ${line}), but it may only refer to parts of itself (#name)`);
	} else if (name === 'style' || target.toLowerCase().includes('url(')) {
		for (const found of cssProblems(value)) report(start, (line) => `has a "${attribute}" attribute on <${element}> that ${found} (line ${line})`);
	}
}

// `<set attributeName="href" to="javascript:…">` turns a harmless element into a script link only
// once the animation runs, so the target attribute itself is what gives it away.
function checkAnimation(element: string, attributes: Record<string, string>, start: number, report: Report): void {
	const target = Object.entries(attributes).find(([attribute]) => localName(attribute) === 'attributename')?.[1];
	const animated = target === undefined ? '' : localName(target.trim());
	if (animated === 'href' || animated.startsWith('on'))
		report(start, (line) => `has an animation <${element}> that changes "${target?.trim()}" (line ${line}), which could turn part of the image into a script`);
}

// A DOCTYPE with an internal subset can declare entities that expand to gigabytes ("billion laughs")
// or read local files; plain SVG never needs one. Checked on the text, as parsers differ on DTDs.
function findEntityDeclarations(svg: string, report: Report): void {
	const declaration = /<!ENTITY|<!DOCTYPE[^>[]*\[/i.exec(svg);
	if (declaration)
		report(declaration.index, (line) => `declares XML entities (line ${line}), which can make it expand to gigabytes or read other files`);
}

function cssProblems(css: string): string[] {
	const plain = css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		// CSS escapes (`\75 rl(`) spell the same words; they are undone so they cannot hide one.
		.replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
		.replace(/\\(.)/g, '$1');
	const problems: string[] = [];
	if (/@import/i.test(plain)) problems.push('imports another style sheet (@import)');
	for (const match of plain.matchAll(/url\(\s*(['"]?)([^'")]*)/gi)) {
		const target = match[2]?.trim() ?? '';
		if (!target.startsWith('#')) problems.push(`loads ${describe(target)} with url(…)`);
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
