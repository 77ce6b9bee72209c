import { pairCover, pairUnit } from './bilingual.ts';
import { fetchDossier, fill, readContext, type DossierContext } from './dossier-context.ts';
import { mapLimited } from './map-limited.ts';
import { assembleShortlist, type AssembledOffers } from './shortlist.ts';

const MAX_PARALLEL = 6;

/**
 * The script of every dossier page: today's date on the cover, the print button, the shortlist's
 * offers (fetched from their own dossier pages), and with `?with=<locale>` the second language
 * side by side. Without it the page is a complete single-language dossier.
 */
export async function startDossier(): Promise<void> {
	const own = readContext(document);
	if (!own) return;
	const status = document.querySelector<HTMLElement>('.dossier-status');
	const say = (text: string) => {
		if (status) status.textContent = text;
	};
	showToday(own.locale);
	const print = document.querySelector<HTMLButtonElement>('[data-dossier-print]');
	if (print) {
		print.hidden = false;
		print.addEventListener('click', () => window.print());
	}
	const params = new URLSearchParams(location.search);
	const second = params.get('with') ?? '';
	const select = document.querySelector<HTMLSelectElement>('#dossier-with');
	if (select && [...select.options].some((option) => option.value === second)) select.value = second;

	let assembled: AssembledOffers | undefined;
	if (own.root.dataset.dossier === 'shortlist') {
		assembled = await assembleShortlist(own, params, say);
		document.querySelector<HTMLInputElement>('.dossier-with input[name=ids]')?.setAttribute('value', assembled.ids.join(','));
	}
	if (!second || second === own.locale || !(second in own.alternates)) {
		own.root.dataset.ready = 'true';
		return;
	}
	const language = own.names[second] ?? second;
	say(fill(own.strings.loading, { language }));
	try {
		await showBeside(own, second, assembled);
		say('');
		document.documentElement.dataset.dossierPage = `dossier-${own.locale}-${second}`;
		own.root.classList.add('is-bilingual');
	} catch {
		say(fill(own.strings.loadFailed, { language }));
	}
	// Tests and print automation wait for this; readers need not.
	own.root.dataset.ready = 'true';
}

/** Fetches the same dossier in the second language and pairs every unit and the cover with it. */
async function showBeside(own: DossierContext, second: string, assembled: AssembledOffers | undefined): Promise<void> {
	const otherDoc = await fetchDossier(own.alternates[second]!);
	const other = otherDoc && readContext(otherDoc);
	if (!other) throw new Error('no second-language dossier');
	// The shortlist page is static: its offers come from each offer's dossier in the second language.
	const units = new Map<string, Element>();
	if (assembled) {
		const ids = [...assembled.ids];
		const docs = await mapLimited(ids, MAX_PARALLEL, (id) => fetchDossier(other.offerDossiers[second]!.replace('__ID__', encodeURIComponent(id))));
		ids.forEach((id, index) => {
			const unit = docs[index]?.querySelector(`[data-pair="offer:${id}"]`);
			if (unit) units.set(`offer:${id}`, unit);
		});
	} else {
		for (const unit of other.root.querySelectorAll<HTMLElement>('[data-pair]')) units.set(unit.dataset.pair!, unit);
	}
	for (const unit of own.root.querySelectorAll<HTMLElement>('[data-pair]')) pairUnit(unit, own, other, units.get(unit.dataset.pair!) ?? null);
	pairCover(own, other, (id) => units.get(`offer:${id}`)?.querySelector('.dossier-side > h2') ?? null);
}

/** Today's date on the cover: a dossier is printed on the day it is used, not on the day the site was built. */
function showToday(locale: string): void {
	const time = document.querySelector<HTMLTimeElement>('time[data-dossier-today]');
	if (!time) return;
	const today = new Date();
	time.dateTime = today.toISOString().slice(0, 10);
	time.textContent = fill(time.dataset.template ?? '{{date}}', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today) });
}
