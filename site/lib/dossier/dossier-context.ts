/** The UI strings a dossier page carries for its script (templates with `{{name}}` placeholders). */
export interface DossierStrings {
	untranslated: string;
	missingBlock: string;
	loading: string;
	loadFailed: string;
	notFound: string;
	invalidIds: string;
}

/** What one dossier document says about itself: its language, strings, language names and URLs. */
export interface DossierContext {
	root: HTMLElement;
	locale: string;
	strings: DossierStrings;
	/** Every portal language's name in this document's language. */
	names: Record<string, string>;
	/** This dossier's path in every language. */
	alternates: Record<string, string>;
	/** The path of any offer's dossier in every language, with `__ID__` for the id. */
	offerDossiers: Record<string, string>;
	idPattern: RegExp;
}

/** Reads the context from a dossier document's `<main data-dossier>` (this page's, or a fetched one's). */
export function readContext(doc: Document): DossierContext | undefined {
	const root = doc.querySelector<HTMLElement>('main[data-dossier]');
	if (!root) return undefined;
	const json = (name: string) => JSON.parse(root.getAttribute(name) ?? '{}');
	return {
		root,
		locale: root.dataset.locale ?? '',
		strings: json('data-strings'),
		names: json('data-language-names'),
		alternates: json('data-alternates'),
		offerDossiers: json('data-offer-dossiers'),
		idPattern: new RegExp(root.dataset.idPattern ?? '^$'),
	};
}

/**
 * Fills `{{name}}` placeholders.
 * @example fill('Page {{page}}', { page: '2' }) // 'Page 2'
 */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Fetches a dossier document of the same site; undefined when it does not exist (404) or cannot be loaded. */
export async function fetchDossier(path: string): Promise<Document | undefined> {
	const response = await fetch(path, { credentials: 'same-origin' });
	if (!response.ok) return undefined;
	return new DOMParser().parseFromString(await response.text(), 'text/html');
}
