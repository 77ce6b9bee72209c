import type { Vocabulary } from './vocabulary.ts';

/** The six deal modes of China's technology exchanges. */
export const COOPERATION_MODES = {
	transfer: {
		zh: '技术转让',
		en: 'Technology transfer (sale)',
		nb: 'Teknologioverdragelse (salg)',
		ru: 'Передача (продажа) технологии',
	},
	licence: {
		zh: '许可使用',
		en: 'Licence',
		nb: 'Lisens',
		ru: 'Лицензия',
	},
	equity: {
		zh: '作价投资',
		en: 'Technology for equity',
		nb: 'Teknologi mot eierandel',
		ru: 'Внесение технологии в капитал',
	},
	'joint-development': {
		zh: '合作开发',
		en: 'Joint development',
		nb: 'Felles utvikling',
		ru: 'Совместная разработка',
	},
	'technical-service': {
		zh: '技术服务',
		en: 'Technical service',
		nb: 'Teknisk tjeneste',
		ru: 'Технические услуги',
	},
	consulting: {
		zh: '技术咨询',
		en: 'Consulting',
		nb: 'Rådgivning',
		ru: 'Консалтинг',
	},
} as const satisfies Vocabulary;
