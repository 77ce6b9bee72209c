import { message, messageLanguage, type MessageKey } from '../messages/message.ts';
import { VOCABULARIES, codesOf } from '../vocabularies/index.ts';
import type { Locale } from '../schema/locales.ts';

/** What `npm run new` creates: one kind of item, its id, the language it is written in. */
export interface ScaffoldRequest {
	kind: 'achievements' | 'cases';
	id: string;
	locale: Locale;
	/** The publication day written as `published` (publicationDay()). */
	day: Date;
	/** For a case: the offer it came from (must exist). */
	achievement?: string;
}

/** A file to write, relative to the content folder. */
export interface ScaffoldFile {
	path: string;
	text: string;
}

/**
 * The files of a new item: the facts (`index.md`) and the source-language file, each field with a
 * comment in the editor's language saying what to write. The item is a draft and every value passes
 * the schema, so a half-filled item never breaks the build; the texts are placeholders that
 * `npm run check` lists until they are replaced.
 */
export function scaffoldItem(request: ScaffoldRequest): ScaffoldFile[] {
	const folder = `${request.kind}/${request.id}`;
	const facts = request.kind === 'achievements' ? offerFacts(request) : caseFacts(request);
	return [
		{ path: `${folder}/index.md`, text: frontmatter(facts) },
		{ path: `${folder}/${request.locale}.md`, text: frontmatter(textFields(request)) + body(request.kind) },
	];
}

/** A frontmatter field (or block) with the comment written above it; an empty `yaml` is a comment alone. */
type Line = { comment?: string; yaml: string };

const comment = (key: MessageKey, params: Record<string, string | number> = {}): string => message(key, params);
const text = (key: MessageKey) => JSON.stringify(message(key));
const list = (codes: readonly string[]) => codes.join(', ');
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

// Owner and party names need Chinese or English: the source language when it is one of them, else English.
const nameLanguage = (locale: Locale) => (locale === 'zh' || locale === 'en' ? locale : 'en');

function offerFacts(request: ScaffoldRequest): Line[] {
	const sectors = codesOf(VOCABULARIES.sector);
	const ipStatuses = codesOf(VOCABULARIES.ipStatus);
	const modes = codesOf(VOCABULARIES.cooperationMode);
	const nextYear = new Date(request.day);
	nextYear.setUTCFullYear(nextYear.getUTCFullYear() + 1);
	return [
		{ comment: comment('comment.factsHeader', { id: request.id }), yaml: '' },
		{ comment: comment('comment.sourceLocale'), yaml: `sourceLocale: ${request.locale}` },
		{ comment: comment('comment.sector', { allowed: list(sectors) }), yaml: `sector: ${sectors[0]}` },
		{ comment: comment('comment.trl'), yaml: 'trl: 1' },
		{ comment: comment('comment.ipStatus', { allowed: list(ipStatuses) }), yaml: 'ipStatus: none' },
		{ comment: comment('comment.patents'), yaml: '# patents: [CN202110345678.9]' },
		{ comment: comment('comment.cooperationModes', { allowed: list(modes) }), yaml: `cooperationModes: [${modes.includes('licence') ? 'licence' : modes[0]}]` },
		{
			comment: comment('comment.ownerName'),
			yaml: `owner:\n  name:\n    ${nameLanguage(request.locale)}: ${text('placeholder.ownerName')}`,
		},
		{ comment: comment('comment.ownerCountry'), yaml: '  country: CN' },
		{ comment: comment('comment.terms'), yaml: 'terms: negotiable' },
		{ comment: comment('comment.contact'), yaml: 'contact: market' },
		{ comment: comment('comment.published'), yaml: `published: ${isoDate(request.day)}` },
		{ comment: comment('comment.expires'), yaml: `# expires: ${isoDate(nextYear)}` },
		{ comment: comment('comment.status'), yaml: 'status: draft' },
	];
}

function caseFacts(request: ScaffoldRequest): Line[] {
	const modes = codesOf(VOCABULARIES.cooperationMode);
	const roles = codesOf(VOCABULARIES.partyRole);
	const party = (role: string) => `  - name: { ${nameLanguage(request.locale)}: ${text('placeholder.partyName')} }\n    country: CN\n    role: ${role}`;
	return [
		{ comment: comment('comment.factsHeader', { id: request.id }), yaml: '' },
		{ comment: comment('comment.sourceLocale'), yaml: `sourceLocale: ${request.locale}` },
		{ comment: comment('comment.caseAchievements'), yaml: `achievements: [${request.achievement ?? ''}]` },
		{ comment: comment('comment.mode', { allowed: list(modes) }), yaml: `mode: ${modes.includes('licence') ? 'licence' : modes[0]}` },
		{ comment: comment('comment.year'), yaml: `year: ${request.day.getUTCFullYear()}` },
		{
			comment: comment('comment.parties', { allowed: list(roles) }),
			yaml: `parties:\n${party(roles.includes('technology-holder') ? 'technology-holder' : roles[0]!)}\n${party(roles.includes('adopter') ? 'adopter' : roles[1]!)}`,
		},
		{ comment: comment('comment.status'), yaml: 'status: draft' },
	];
}

function textFields(request: ScaffoldRequest): Line[] {
	const language = new Intl.DisplayNames([messageLanguage()], { type: 'language' }).of(request.locale) ?? request.locale;
	const offer = request.kind === 'achievements';
	return [
		{ comment: comment('comment.textHeader', { id: request.id, language }), yaml: '' },
		{ comment: comment('comment.title'), yaml: `title: ${text(offer ? 'placeholder.offerTitle' : 'placeholder.caseTitle')}` },
		{ comment: comment('comment.summary'), yaml: `summary: ${text(offer ? 'placeholder.summary' : 'placeholder.caseSummary')}` },
		...(offer ? [] : [{ comment: comment('comment.outcome'), yaml: `outcome: ${text('placeholder.outcome')}` }]),
	];
}

function body(kind: ScaffoldRequest['kind']): string {
	const headings: MessageKey[] =
		kind === 'achievements'
			? ['placeholder.headingProblem', 'placeholder.headingTechnology', 'placeholder.headingApplications', 'placeholder.headingAdvantages']
			: ['placeholder.headingCase', 'placeholder.headingResults'];
	return `\n${headings.map((heading) => `## ${message(heading)}\n\n${message('placeholder.paragraph')}\n`).join('\n')}`;
}

function frontmatter(lines: readonly Line[]): string {
	// A comment is indented like its field, so it reads as part of the block it explains.
	const written = lines.map((line) => [line.comment ? `${/^ */.exec(line.yaml)![0]}# ${line.comment}` : '', line.yaml].filter(Boolean).join('\n'));
	return `---\n${written.join('\n')}\n---\n`;
}
