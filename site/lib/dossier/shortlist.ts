import { fetchDossier, fill, type DossierContext } from './dossier-context.ts';
import { mapLimited } from './map-limited.ts';

/** The offers a shortlist dossier holds after assembly, in the visitor's order. */
export interface AssembledOffers {
	ids: readonly string[];
}

/** At most this many offers in one printed dossier (a shortlist is a working list, not the catalogue). */
const MAX_OFFERS = 60;

/**
 * Fills the static shortlist dossier with the offers named in `?ids=a,b,c`: each offer's section
 * and cover row come from its own dossier page in this language. Ids that are not ids are listed
 * as ignored; offers that do not exist (or are no longer offered) as not found.
 */
export async function assembleShortlist(own: DossierContext, params: URLSearchParams, say: (text: string) => void): Promise<AssembledOffers> {
	const requested = [...new Set((params.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean))].slice(0, MAX_OFFERS);
	const invalid = requested.filter((id) => !own.idPattern.test(id));
	const valid = requested.filter((id) => own.idPattern.test(id));
	const docs = await mapLimited(valid, 6, (id) => fetchDossier(own.offerDossiers[own.locale]!.replace('__ID__', encodeURIComponent(id))).catch(() => undefined));
	const found: string[] = [];
	const missing: string[] = [];
	const rows = own.root.querySelector('.dossier-contents tbody');
	const list = own.root.querySelector('.dossier-offers');
	valid.forEach((id, index) => {
		const doc = docs[index];
		const section = doc?.querySelector(`[data-pair="offer:${id}"]`);
		const row = doc?.querySelector(`.dossier-contents tr[data-offer="${id}"]`);
		if (!section || !row) {
			missing.push(id);
			return;
		}
		found.push(id);
		rows?.append(document.importNode(row, true));
		list?.append(document.importNode(section, true));
	});
	own.root.querySelector('.dossier-cover')?.setAttribute('data-offers', String(found.length));
	for (const element of own.root.querySelectorAll<HTMLElement>('.dossier-needs-script')) element.hidden = true;
	const empty = own.root.querySelector<HTMLElement>('.dossier-empty');
	if (empty) empty.hidden = found.length > 0;
	const problems = own.root.querySelector<HTMLElement>('.dossier-problems');
	if (problems) {
		const lines = [
			...(missing.length ? [fill(own.strings.notFound, { ids: missing.join(', ') })] : []),
			...(invalid.length ? [fill(own.strings.invalidIds, { ids: invalid.join(', ') })] : []),
		];
		for (const line of lines) {
			const item = document.createElement('li');
			item.textContent = line;
			problems.append(item);
		}
		problems.hidden = lines.length === 0;
	}
	say('');
	return { ids: found };
}
