import { fromMarkdown } from 'mdast-util-from-markdown';

interface MdNode {
	type: string;
	value?: string;
	alt?: string | null;
	children?: MdNode[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'tableRow']);

/** Plain text of a Markdown body for indexing: blocks separated by newlines, no markup. */
export function markdownToText(markdown: string): string {
	const parts: string[] = [];
	const walk = (node: MdNode) => {
		if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value ?? '');
		else if (node.type === 'image') parts.push(node.alt ?? '');
		else if (node.type === 'break') parts.push(' ');
		node.children?.forEach(walk);
		if (BLOCKS.has(node.type)) parts.push('\n');
	};
	walk(fromMarkdown(markdown) as MdNode);
	return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trim();
}
