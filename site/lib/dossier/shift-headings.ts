/**
 * Moves every heading of rendered Markdown down `by` levels (at most h6): an offer's `##`
 * sections sit under the offer's own h2 in a dossier, not under the page's h1.
 * @example shiftHeadings('<h2 id="a">Problem</h2>', 1) // '<h3 id="a">Problem</h3>'
 */
export function shiftHeadings(html: string, by: number): string {
	return html.replace(/<(\/?)h([1-6])(?=[\s>])/gi, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}
