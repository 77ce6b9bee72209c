import type { Catalogue, CatalogueOffer } from '../../../content/core/catalogue/catalogue-schema.ts';
import { offersCsv } from '../../../content/core/export/offer-csv.ts';
import { fill, plural } from '../search/messages.ts';
import type { PluralTemplates } from '../../i18n/island-strings.ts';
import { comparisonRow, type RowContext } from './comparison-row.ts';
import { downloadFile } from './download-file.ts';
import type { ShortlistMessages } from './shortlist-messages.ts';
import { moveId, openSelection } from './shortlist-selection.ts';
import { readShortlist, watchShortlist, writeShortlist } from './shortlist-store.ts';

/** The open catalogue: revalidated when online, from the browser's cache when not. */
async function loadCatalogue(url: string): Promise<Catalogue> {
	let response: Response;
	try {
		response = await fetch(url, { cache: 'no-cache' });
	} catch {
		response = await fetch(url, { cache: 'force-cache' });
	}
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
	return (await response.json()) as Catalogue;
}

/**
 * The shortlist page: compares the chosen offers, reorders and removes them, shares them as a
 * link, downloads them as CSV or JSON. Its markup (ShortlistApp.astro) is hidden until this runs.
 */
class ShortlistApp extends HTMLElement {
	#messages = {} as ShortlistMessages;
	#locale = 'en';
	#catalogue?: Catalogue;
	#offers = new Map<string, CatalogueOffer>();
	#ids: string[] = [];
	#shared = false;
	#writing = false;

	async connectedCallback() {
		this.#messages = JSON.parse(this.dataset.messages ?? '{}') as ShortlistMessages;
		this.#locale = this.dataset.locale ?? 'en';
		this.#say(this.#messages.loading);
		try {
			this.#catalogue = await loadCatalogue(this.dataset.catalogue ?? '');
		} catch (error) {
			console.warn(error);
			this.#say(this.#messages.loadError);
			return;
		}
		for (const offer of this.#catalogue.offers) this.#offers.set(offer.id, offer);
		const selection = openSelection(location.search, readShortlist(), this.#known);
		this.#ids = selection.ids;
		this.#shared = selection.shared;
		if (selection.store) this.#store(selection.store);
		if (selection.cleanUrl) history.replaceState(null, '', location.pathname);
		this.#say(
			[selection.added ? this.#count(this.#messages.added, selection.added) : '', selection.dropped ? this.#count(this.#messages.dropped, selection.dropped) : '']
				.filter(Boolean)
				.join(' '),
		);
		this.addEventListener('click', (event) => this.#act(event));
		watchShortlist(() => {
			if (this.#writing || this.#shared) return;
			this.#ids = readShortlist().filter(this.#known);
			this.#render();
		});
		this.#part('[data-app]').hidden = false;
		this.#render();
	}

	#known = (id: string) => this.#offers.has(id);

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#say(text: string) {
		this.#part('[data-status]').textContent = text;
	}

	#count(templates: PluralTemplates, count: number): string {
		return fill(plural(templates, this.#locale, count), { count }, this.#locale);
	}

	#store(ids: readonly string[]) {
		this.#writing = true;
		try {
			writeShortlist(ids);
		} finally {
			this.#writing = false;
		}
	}

	/** The page's address for the current selection: `?ids=a,b,c` (ids are [a-z0-9-], safe in a query). */
	#shareUrl(): string {
		return `${location.origin}${location.pathname}?ids=${this.#ids.join(',')}`;
	}

	#render() {
		const count = this.#ids.length;
		this.#part('[data-count]').textContent = this.#count(this.#shared ? this.#messages.sharedCount : this.#messages.count, count);
		this.#part('[data-shared]').hidden = !this.#shared;
		this.#part('[data-empty]').hidden = count > 0;
		this.#part('[data-filled]').hidden = count === 0;
		this.#part('[data-action=clear]').hidden = this.#shared;
		const share = this.#part<HTMLAnchorElement>('[data-share-link]');
		share.href = share.textContent = this.#shareUrl();
		this.#part<HTMLAnchorElement>('[data-dossier-link]').href = `${this.dataset.dossier}?ids=${this.#ids.join(',')}`;
		if (this.#shared) history.replaceState(null, '', `?ids=${this.#ids.join(',')}`);
		const context: RowContext = { locale: this.#locale, messages: this.#messages, vocabularies: this.#catalogue!.vocabularies };
		this.#part('tbody').replaceChildren(...this.#ids.map((id, index) => comparisonRow(this.#offers.get(id)!, index, count, context)));
	}

	/** Applies a change to the shown selection: stored unless it is a shared one not yet saved. */
	#change(ids: string[]) {
		this.#ids = ids;
		if (!this.#shared) this.#store(ids);
		this.#render();
	}

	/** Puts focus back on a row's button after the table was redrawn (or on the next best place). */
	#focus(id: string | undefined, actions: string[]) {
		const row = id ? this.querySelector(`tr[data-id="${id}"]`) : null;
		for (const action of actions) {
			const button = row?.querySelector<HTMLButtonElement>(`[data-action=${action}]`);
			if (button && !button.disabled) return button.focus();
		}
		this.#part(this.#ids.length ? 'tbody a' : '[data-empty]').focus();
	}

	#act(event: MouseEvent) {
		const button = (event.target as Element).closest<HTMLElement>('[data-action]');
		if (!button || !this.contains(button)) return;
		const m = this.#messages;
		const id = button.closest<HTMLElement>('tr')?.dataset.id;
		const title = id ? (this.#offers.get(id)?.title ?? id) : '';
		const selected = () => this.#ids.map((known) => this.#offers.get(known)!);
		switch (button.dataset.action) {
			case 'up':
			case 'down': {
				const ids = moveId(this.#ids, id!, button.dataset.action === 'up' ? -1 : 1);
				this.#change(ids);
				this.#say(fill(m.moved, { title, position: ids.indexOf(id!) + 1, total: ids.length }, this.#locale));
				this.#focus(id, button.dataset.action === 'up' ? ['up', 'down'] : ['down', 'up']);
				break;
			}
			case 'remove': {
				const index = this.#ids.indexOf(id!);
				this.#change(this.#ids.filter((other) => other !== id));
				this.#say(fill(m.removed, { title }, this.#locale));
				this.#focus(this.#ids[Math.min(index, this.#ids.length - 1)], ['remove']);
				break;
			}
			case 'clear':
				if (!confirm(m.confirmClear)) return;
				this.#change([]);
				this.#say(m.cleared);
				this.#focus(undefined, []);
				break;
			case 'save':
				this.#shared = false;
				history.replaceState(null, '', location.pathname);
				this.#change(this.#ids);
				this.#say(m.saved);
				this.#part('[data-count]').focus();
				break;
			case 'merge': {
				const stored = readShortlist();
				const fresh = this.#ids.filter((other) => !stored.includes(other));
				this.#shared = false;
				history.replaceState(null, '', location.pathname);
				this.#change([...stored, ...fresh].filter(this.#known));
				this.#say(this.#count(m.added, fresh.length));
				this.#part('[data-count]').focus();
				break;
			}
			case 'copy':
				// The Clipboard API exists only on secure origins (https, localhost).
				(navigator.clipboard?.writeText(this.#shareUrl()) ?? Promise.reject(new Error('no clipboard'))).then(
					() => this.#say(m.copied),
					() => this.#say(m.copyFailed),
				);
				break;
			case 'csv':
				downloadFile(`shortlist-${this.#locale}.csv`, 'text/csv;charset=utf-8', offersCsv(selected()));
				break;
			case 'json':
				downloadFile(`shortlist-${this.#locale}.json`, 'application/json', `${JSON.stringify({ ...this.#catalogue!, offers: selected() }, null, '\t')}\n`);
				break;
		}
	}
}

customElements.define('shortlist-app', ShortlistApp);
