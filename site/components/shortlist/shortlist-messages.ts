import type { PluralTemplates } from '../../i18n/island-strings.ts';

/** What the shortlist page's script says, resolved on the server in the page's language (placeholders kept). */
export interface ShortlistMessages {
	loading: string;
	loadError: string;
	count: PluralTemplates;
	sharedCount: PluralTemplates;
	added: PluralTemplates;
	dropped: PluralTemplates;
	saved: string;
	moved: string;
	removed: string;
	cleared: string;
	confirmClear: string;
	copied: string;
	copyFailed: string;
	moveUp: string;
	moveDown: string;
	remove: string;
	/** "Reference: {{id}}" */
	reference: string;
	/** "In {{language}}", for a title shown in a fallback language. */
	inLanguage: string;
	/** "TRL {{level}}: {{label}}" */
	trlValue: string;
	negotiable: string;
	/** "{{language}} (original)" */
	original: string;
	/** Stands in an empty cell (no patents, no target regions). */
	none: string;
}
