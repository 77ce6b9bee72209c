import { useSyncExternalStore } from 'react';
import './shortlist-button.css';
import { canStore, readShortlist, watchShortlist, writeShortlist } from './shortlist-store.ts';

interface Props {
	id: string;
	label: string;
	/** The offer's title and its language: many results share the page, so screen readers hear which one. */
	title: string;
	lang: string;
}

/** The "Shortlist" toggle of an offer in the search island: the same markup, storage and state as shortlistToggleHtml (lib/cards/card-html.ts) with ShortlistToggleScript.astro. */
export default function ShortlistToggleButton({ id, label, title, lang }: Props) {
	const pressed = useSyncExternalStore(watchShortlist, () => readShortlist().includes(id), () => false);
	if (!canStore()) return null;
	const toggle = () => {
		const ids = readShortlist();
		writeShortlist(ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]);
	};
	return (
		<button type="button" className="shortlist-button" aria-pressed={pressed} onClick={toggle}>
			<span className="shortlist-mark" aria-hidden="true" />
			{label}
			<span className="visually-hidden" lang={lang}>{`, ${title}`}</span>
		</button>
	);
}
