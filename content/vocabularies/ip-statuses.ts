import type { Vocabulary } from './vocabulary.ts';

/** Intellectual-property status of a technology offer. */
export const IP_STATUSES = {
	none: {
		zh: '无知识产权保护',
		en: 'No IP protection',
		nb: 'Ingen immaterielle rettigheter',
		ru: 'Без охраны ИС',
	},
	'know-how': {
		zh: '技术秘密',
		en: 'Know-how (trade secret)',
		nb: 'Knowhow (forretningshemmelighet)',
		ru: 'Ноу-хау (коммерческая тайна)',
	},
	'patent-pending': {
		zh: '专利申请中',
		en: 'Patent pending',
		nb: 'Patent søkt',
		ru: 'Заявка на патент подана',
	},
	'patent-granted': {
		zh: '已授权专利',
		en: 'Patent granted',
		nb: 'Patent innvilget',
		ru: 'Патент выдан',
	},
	'software-copyright': {
		zh: '软件著作权',
		en: 'Software copyright',
		nb: 'Opphavsrett til programvare',
		ru: 'Авторское право на ПО',
	},
} as const satisfies Vocabulary;
