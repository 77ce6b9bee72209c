import type { Vocabulary } from './vocabulary.ts';

/** The part a party played in a cooperation case. */
export const PARTY_ROLES = {
	'technology-holder': {
		zh: '技术持有方',
		en: 'Technology holder',
		nb: 'Teknologieier',
		ru: 'Правообладатель технологии',
	},
	adopter: {
		zh: '技术受让方',
		en: 'Adopter',
		nb: 'Mottaker av teknologien',
		ru: 'Получатель технологии',
	},
	investor: {
		zh: '投资方',
		en: 'Investor',
		nb: 'Investor',
		ru: 'Инвестор',
	},
	'service-provider': {
		zh: '服务机构',
		en: 'Service provider',
		nb: 'Tjenesteleverandør',
		ru: 'Сервисная организация',
	},
} as const satisfies Vocabulary;
