import type { Vocabulary } from './vocabulary.ts';

/** Technology Readiness Levels 1-9 with a short label each (after the EU Horizon definitions). */
export const TRL_LEVELS = {
	'1': { zh: '基本原理已观察到', en: 'Basic principles observed', nb: 'Grunnprinsipper observert', ru: 'Выявлены базовые принципы' },
	'2': { zh: '技术概念已形成', en: 'Technology concept formulated', nb: 'Teknologikonsept formulert', ru: 'Сформулирована концепция технологии' },
	'3': { zh: '概念已通过实验验证', en: 'Experimental proof of concept', nb: 'Konseptet eksperimentelt bekreftet', ru: 'Экспериментальное подтверждение концепции' },
	'4': { zh: '实验室环境验证', en: 'Validated in the lab', nb: 'Validert i laboratoriet', ru: 'Проверено в лаборатории' },
	'5': { zh: '相关环境验证', en: 'Validated in a relevant environment', nb: 'Validert i relevant miljø', ru: 'Проверено в условиях, близких к реальным' },
	'6': { zh: '相关环境演示', en: 'Demonstrated in a relevant environment', nb: 'Demonstrert i relevant miljø', ru: 'Продемонстрировано в условиях, близких к реальным' },
	'7': { zh: '实际环境原型演示', en: 'Prototype demonstrated in operation', nb: 'Prototype demonstrert i drift', ru: 'Прототип продемонстрирован в реальных условиях' },
	'8': { zh: '系统完成并通过验证', en: 'System complete and qualified', nb: 'System ferdig og kvalifisert', ru: 'Система завершена и квалифицирована' },
	'9': { zh: '实际运行验证', en: 'Proven in operation', nb: 'Bevist i drift', ru: 'Подтверждено эксплуатацией' },
} as const satisfies Vocabulary;

export const TRL_MIN = 1;
export const TRL_MAX = 9;
