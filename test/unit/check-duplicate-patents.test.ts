import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../content/core/messages/message.ts';
import { readContent } from '../../content/core/read/read-content.ts';
import { makeContentFixture, problemsIn } from '../support/fixture-content.ts';

let fixture: ReturnType<typeof makeContentFixture> | undefined;
// English unless a test asks for Chinese, whatever the language of the terminal running the tests.
beforeEach(() => setMessageLanguage('en'));
afterEach(() => {
	fixture?.remove();
	fixture = undefined;
	setMessageLanguage(undefined);
});

// fx-0001 (Binhai Institute of Fishery Engineering, CN) lists CN202210587341.6 and CN202320914275.X on lines 7 and 8 of its index.md;
// fx-0003 (Westhaven Institute of Ocean Technology, GB) has no patents until a test gives it some.
const other = 'achievements/fx-0003/index.md';

/** Gives fx-0003 a patent list (its number on line 7), and optionally more fields. */
function claim(patentLines: string, extra: string[] = []): string {
	fixture = makeContentFixture();
	fixture.setField(other, 'ipStatus', `ipStatus: patent-pending\npatents:\n${patentLines}`);
	for (const line of extra) fixture.addField(other, line);
	return fixture.root;
}

describe('a patent number claimed by two offers', () => {
	it('is an error when their owners differ, reported in both files with the line of the number and the other file', () => {
		const message = problemsIn(claim('  - CN202210587341.6'));
		expect(message).toContain('The content has 2 problems');
		expect(message).toMatch(
			/fx-0001\/index\.md:7: field "patents\.0": CN202210587341\.6 is also claimed by \S*fx-0003\/index\.md:7, an offer of another owner \(Westhaven Institute of Ocean Technology\); two owners cannot offer the same patent: correct the number in one of the two offers or, if both are the same owner, write its name the same way in both/,
		);
		expect(message).toMatch(/fx-0003\/index\.md:7: field "patents\.0": CN202210587341\.6 is also claimed by \S*fx-0001\/index\.md:7, an offer of another owner \(滨海渔业工程技术研究所\)/);
	});

	it('is found when the number is written with spaces', () => {
		expect(problemsIn(claim('  - CN 2022 1058 7341.6'))).toMatch(/fx-0003\/index\.md:7: field "patents\.0": CN 2022 1058 7341\.6 is also claimed by/);
	});

	it('reports the line of the second number in a list', () => {
		expect(problemsIn(claim('  - EP3456789\n  - CN202320914275.X'))).toMatch(/fx-0003\/index\.md:8: field "patents\.1": CN202320914275\.X is also claimed by \S*fx-0001\/index\.md:8/);
	});

	it('is fine when both offers are the same owner’s (one invention, two deals)', () => {
		const root = claim('  - CN202210587341.6');
		fixture!.write(other, fixture!.read(other).replace(/owner:[\s\S]*?country: GB/, 'owner:\n  name:\n    zh: 滨海渔业工程技术研究所\n  country: CN'));
		expect(() => readContent(root)).not.toThrow();
	});

	it('is fine when the other offer is archived (the patent was sold on)', () => {
		expect(() => readContent(claim('  - CN202210587341.6', ['status: archived']))).not.toThrow();
	});

	it('is reported in Chinese to a Chinese editor', () => {
		const root = claim('  - CN202210587341.6');
		setMessageLanguage('zh');
		expect(problemsIn(root)).toMatch(
			/fx-0003\/index\.md:7: 字段“patents\.0”：CN202210587341\.6 也出现在 \S*fx-0001\/index\.md:7，该技术成果属于另一持有方（滨海渔业工程技术研究所）；同一专利不能由两个不同的持有方发布/,
		);
	});
});
