import { COOPERATION_MODES } from './cooperation-modes.ts';
import { IP_STATUSES } from './ip-statuses.ts';
import { PARTY_ROLES } from './party-roles.ts';
import { SECTORS } from './sectors.ts';
import { TRL_LEVELS } from './trl.ts';
import type { Locale } from '../schema/locale.ts';
import type { Vocabulary } from './vocabulary.ts';

export { COOPERATION_MODES, IP_STATUSES, PARTY_ROLES, SECTORS, TRL_LEVELS };
export { codesOf, type Vocabulary } from './vocabulary.ts';

export type SectorCode = keyof typeof SECTORS;

/** Every vocabulary by the name tools and tests use for it. */
export const VOCABULARIES = {
	sector: SECTORS,
	ipStatus: IP_STATUSES,
	cooperationMode: COOPERATION_MODES,
	partyRole: PARTY_ROLES,
	trl: TRL_LEVELS,
} as const satisfies Record<string, Vocabulary>;

export type VocabularyName = keyof typeof VOCABULARIES;

/** The label of a code in a language, e.g. `labelOf('sector', 'clean-energy', 'ru')`. */
export function labelOf(name: VocabularyName, code: string | number, locale: Locale): string {
	const entry = (VOCABULARIES[name] as Vocabulary)[String(code)];
	if (!entry) throw new Error(`Unknown ${name} code "${code}"`);
	return entry[locale];
}
