import { KIND_NAMES } from '../kinds/index.ts';
import { itemsOf, type Achievement, type Case, type ContentModel } from '../model/build-model.ts';
import { publicationOf } from '../model/publication.ts';
import { message } from '../messages/message.ts';
import { LOCALES } from '../schema/locales.ts';
import { currentSourceHash, translationStatus } from '../translation/translation-status.ts';
import type { CheckWarning } from './check-warning.ts';
import { at, type FileLines } from './file-lines.ts';

/** An offer expiring within this many days is worth a warning: staff extend it or let it lapse knowingly. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** How many items stand where, for the check's summary line. */
export interface PublishingCounts {
	drafts: number;
	expired: number;
	expiring: number;
	outdated: number;
	machine: number;
}

/**
 * Warnings about valid content that will not show as staff may expect on `day` (publicationDay()):
 * offers expiring soon or expired, cases whose offer is archived, expired or a draft, drafts,
 * translations outdated against their source or made by machine. Archived items are left alone.
 */
export function findPublishingWarnings(model: ContentModel, day: Date, lines: FileLines): { warnings: CheckWarning[]; counts: PublishingCounts } {
	const warnings: CheckWarning[] = [];
	const counts: PublishingCounts = { drafts: 0, expired: 0, expiring: 0, outdated: 0, machine: 0 };
	for (const offer of model.achievements) {
		if (publicationOf(offer, day) === 'archived') continue;
		const expiry = expiryWarning(offer, day, lines);
		if (expiry) {
			warnings.push(expiry);
			counts[expiry.code === 'expired' ? 'expired' : 'expiring']++;
		}
	}
	const offers = new Map(model.achievements.map((offer) => [offer.id, offer]));
	for (const item of model.cases) {
		if (publicationOf(item, day) !== 'archived') warnings.push(...caseOfferWarnings(item, offers, day, lines));
	}
	for (const name of KIND_NAMES) {
		for (const item of itemsOf(model, name)) {
			const publication = publicationOf(item, day);
			if (publication === 'archived') continue;
			if (publication === 'draft') {
				counts.drafts++;
				warnings.push({ code: 'draft', file: item.file, field: 'status', ...at(lines.field(item.file, 'status')), problem: message('warn.draft') });
			}
			for (const locale of LOCALES) {
				const text = item.texts[locale];
				if (!text) continue;
				const status = translationStatus(item, locale);
				if (status.state === 'outdated') {
					counts.outdated++;
					const source = item.texts[item.facts.sourceLocale as keyof typeof item.texts]!;
					warnings.push({
						code: 'translation-outdated',
						file: text.file,
						field: 'translatedFrom',
						...at(lines.field(text.file, 'translatedFrom')),
						problem: message('warn.outdated', { source: source.file, hash: currentSourceHash(item) ?? '' }),
					});
				}
				if (status.machine) {
					counts.machine++;
					warnings.push({ code: 'machine-translated', file: text.file, field: 'machineTranslated', ...at(lines.field(text.file, 'machineTranslated')), problem: message('warn.machine') });
				}
			}
		}
	}
	return { warnings, counts };
}

function expiryWarning(offer: Achievement, day: Date, lines: FileLines): CheckWarning | undefined {
	const { expires } = offer.facts;
	if (!expires) return undefined;
	const days = Math.round((expires.getTime() - day.getTime()) / DAY);
	if (days > EXPIRY_WARNING_DAYS) return undefined;
	const where = { file: offer.file, field: 'expires', ...at(lines.field(offer.file, 'expires')) };
	const date = isoDate(expires);
	if (days < 0) return { code: 'expired', ...where, problem: message('warn.expired', { date }) };
	return { code: 'expires-soon', ...where, problem: days === 0 ? message('warn.expiresToday', { date }) : message('warn.expiresSoon', { date, days }) };
}

function caseOfferWarnings(item: Case, offers: ReadonlyMap<string, Achievement>, day: Date, lines: FileLines): CheckWarning[] {
	return item.facts.achievements.flatMap((id, index): CheckWarning[] => {
		const offer = offers.get(id);
		if (!offer) return [];
		const publication = publicationOf(offer, day);
		if (publication === 'published') return [];
		const problem =
			publication === 'archived'
				? message('warn.caseOfferArchived', { id })
				: publication === 'expired'
					? message('warn.caseOfferExpired', { id, date: isoDate(offer.facts.expires!) })
					: message('warn.caseOfferDraft', { id });
		return [{ code: 'case-offer-unavailable', file: item.file, field: `achievements.${index}`, ...at(lines.valueAfter(item.file, 'achievements', id)), problem }];
	});
}
