import type { Vocabulary } from './vocabulary.ts';

/** Industrial sectors of technology offers. Codes are a public contract (URLs, filters, exports). */
export const SECTORS = {
	'marine-biotech': {
		zh: '海洋生物医药',
		en: 'Marine biotechnology and pharmaceuticals',
		nb: 'Marin bioteknologi og legemidler',
		ru: 'Морская биотехнология и фармацевтика',
	},
	'marine-equipment': {
		zh: '海洋仪器装备',
		en: 'Marine instruments and equipment',
		nb: 'Marine instrumenter og utstyr',
		ru: 'Морские приборы и оборудование',
	},
	'aquaculture-food': {
		zh: '水产养殖与食品',
		en: 'Aquaculture and seafood',
		nb: 'Havbruk og sjømat',
		ru: 'Аквакультура и морепродукты',
	},
	'marine-environment': {
		zh: '海洋环境',
		en: 'Marine environment',
		nb: 'Havmiljø',
		ru: 'Морская среда',
	},
	'new-materials': {
		zh: '新材料',
		en: 'New materials',
		nb: 'Nye materialer',
		ru: 'Новые материалы',
	},
	'ai-digital': {
		zh: '人工智能与数字技术',
		en: 'AI, IoT and digital technology',
		nb: 'KI, tingenes internett og digital teknologi',
		ru: 'ИИ, интернет вещей и цифровые технологии',
	},
	'medical-health': {
		zh: '医疗健康',
		en: 'Medicine and health',
		nb: 'Medisin og helse',
		ru: 'Медицина и здравоохранение',
	},
	'clean-energy': {
		zh: '清洁能源',
		en: 'Clean energy',
		nb: 'Ren energi',
		ru: 'Чистая энергетика',
	},
	'advanced-manufacturing': {
		zh: '先进制造',
		en: 'Advanced manufacturing',
		nb: 'Avansert produksjon',
		ru: 'Передовое производство',
	},
} as const satisfies Vocabulary;
