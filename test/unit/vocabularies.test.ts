import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/core/schema/locale.ts';
import { VOCABULARIES, codesOf, labelOf } from '../../content/core/vocabularies/index.ts';

describe('controlled vocabularies', () => {
	it('keep the codes other tools rely on', () => {
		expect(codesOf(VOCABULARIES.sector)).toEqual([
			'marine-biotech', 'marine-equipment', 'aquaculture-food', 'marine-environment', 'new-materials', 'ai-digital', 'medical-health', 'clean-energy', 'advanced-manufacturing',
		]);
		expect(codesOf(VOCABULARIES.ipStatus)).toEqual(['none', 'know-how', 'patent-pending', 'patent-granted', 'software-copyright']);
		expect(codesOf(VOCABULARIES.cooperationMode)).toEqual(['transfer', 'licence', 'equity', 'joint-development', 'technical-service', 'consulting']);
		expect(codesOf(VOCABULARIES.trl)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
	});

	for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
		it(`${name}: every code has a distinct, non-empty label in all four languages`, () => {
			for (const locale of LOCALES) {
				const labels = Object.values(vocabulary).map((labels) => labels[locale]);
				for (const label of labels) expect(label.trim().length, `${name} ${locale}`).toBeGreaterThan(0);
				expect(new Set(labels).size, `${name} labels in ${locale} must be distinct`).toBe(labels.length);
			}
		});
	}

	it('labels in a language are written in that language’s script', () => {
		expect(labelOf('sector', 'clean-energy', 'zh')).toMatch(/\p{Script=Han}/u);
		expect(labelOf('sector', 'clean-energy', 'ru')).toMatch(/\p{Script=Cyrillic}/u);
		expect(labelOf('cooperationMode', 'equity', 'nb')).toMatch(/^[\p{Script=Latin}\s]+$/u);
	});
});
