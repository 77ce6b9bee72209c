import { readFileSync } from 'node:fs';
import { message } from '../messages/message.ts';
import type { AchievementFacts } from '../schema/achievement.ts';
import type { LocalizedName } from '../schema/fields.ts';
import type { ContentIssue } from './content-error.ts';
import type { Item } from './item.ts';

type Offer = Pick<Item<Pick<AchievementFacts, 'patents' | 'owner' | 'status'>, unknown>, 'id' | 'file' | 'facts'>;

/** Where a patent is written: the offer and the file line. */
interface Claim {
	offer: Offer;
	number: string;
	line?: number;
}

/**
 * Errors for a patent number claimed by offers of different owners: a patent has one holder, so one
 * of the two numbers is a typing slip (or a copied offer). Each offer gets the error, naming the other
 * file and line. The same owner may list a patent in several offers (one invention, several deals);
 * archived offers are left out (a patent sold on is offered again by its new owner).
 * `patentsLine` gives the line of an offer's `patents:` field, where the line of the number is looked for.
 */
export function findDuplicatePatents(offers: readonly Offer[], patentsLine: (file: string) => number | undefined = () => undefined): ContentIssue[] {
	const claims = new Map<string, Claim[]>();
	for (const offer of offers) {
		if (offer.facts.status === 'archived') continue;
		const numbers = offer.facts.patents ?? [];
		if (!numbers.length) continue;
		const seen = new Set<string>();
		for (const number of numbers) {
			const key = patentKey(number);
			if (seen.has(key)) continue;
			seen.add(key);
			const list = claims.get(key) ?? claims.set(key, []).get(key)!;
			list.push({ offer, number });
		}
	}
	const issues: ContentIssue[] = [];
	const owners = new Map<Offer, OwnerNames>();
	const ownerOf = (offer: Offer) => owners.get(offer) ?? owners.set(offer, ownerNames(offer.facts.owner.name)).get(offer)!;
	for (const list of claims.values()) {
		if (list.length < 2) continue;
		for (const claim of list) {
			const other = list.find((candidate) => candidate !== claim && !sameOwner(ownerOf(candidate.offer), ownerOf(claim.offer)));
			if (!other) continue;
			const line = lineOfNumber(claim, patentsLine);
			const otherLine = lineOfNumber(other, patentsLine);
			issues.push({
				file: claim.offer.file,
				field: `patents.${(claim.offer.facts.patents ?? []).indexOf(claim.number)}`,
				...(line ? { line } : {}),
				problem: message('model.duplicatePatent', {
					patent: claim.number,
					otherFile: other.offer.file,
					otherLine: otherLine ?? '',
					otherOwner: ownerName(other.offer.facts.owner.name),
				}),
			});
		}
	}
	return issues;
}

/** Patent numbers compared as the office means them: `cn 2019 1087` is `CN20191087`. */
function patentKey(number: string): string {
	return number.replace(/\s+/g, '').toUpperCase();
}

/** An owner's names per language, normalised once (one patent may be listed by hundreds of offers). */
type OwnerNames = Partial<Record<keyof LocalizedName, string>>;

function ownerNames(name: LocalizedName): OwnerNames {
	const normalise = (value: string) => value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
	return Object.fromEntries(Object.entries(name).flatMap(([lang, value]) => (value === undefined ? [] : [[lang, normalise(value)]])));
}

/** Two owners are the same when they share a name in any language (names are written per language). */
function sameOwner(a: OwnerNames, b: OwnerNames): boolean {
	return (Object.keys(a) as (keyof LocalizedName)[]).some((lang) => a[lang] !== undefined && a[lang] === b[lang]);
}

function ownerName(name: LocalizedName): string {
	return name.zh ?? name.en ?? Object.values(name).find(Boolean) ?? '';
}

// Only read when a duplicate is found (rare), so the reader need not keep every file's text.
function lineOfNumber(claim: Claim, patentsLine: (file: string) => number | undefined): number | undefined {
	if (claim.line !== undefined) return claim.line;
	const from = patentsLine(claim.offer.file);
	try {
		const lines = readFileSync(claim.offer.file, 'utf8').split(/\r?\n/);
		const at = lines.findIndex((line, index) => index + 1 >= (from ?? 1) && line.includes(claim.number));
		claim.line = at >= 0 ? at + 1 : from;
	} catch {
		claim.line = from;
	}
	return claim.line;
}
