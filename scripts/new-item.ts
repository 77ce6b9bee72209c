/**
 * `npm run new -- achievement|case`: starts a new offer or case as a draft, with a facts file and a
 * source-language file in which every field has a comment (in the editor's language: LANG,
 * LC_MESSAGES or LC_ALL) and a value that passes the check, so the site still builds while it is being
 * filled in; `npm run check` lists the placeholders left. In a terminal it asks for what is not given;
 * otherwise it takes `--id`, `--locale` (and `--achievement` for a case) or uses the next free id.
 * Refuses an id that exists or is malformed, writing nothing. Exit code 1 on refusal, 2 on wrong usage.
 * Usage: npm run new -- achievement [--id to-0042] [--locale zh]
 *        npm run new -- case [--id cc-0007] [--locale en] [--achievement to-0042]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { message, messageLanguage } from '../content/core/messages/message.ts';
import { publicationDay } from '../content/core/model/publication.ts';
import { contentDir, displayPath } from '../content/core/read/display-path.ts';
import { ID_PATTERN } from '../content/core/schema/fields.ts';
import { LOCALES, isLocale, type Locale } from '../content/core/schema/locales.ts';
import { existingIds, ID_PREFIXES, nextFreeId } from '../content/core/write/next-id.ts';
import { scaffoldItem } from '../content/core/write/scaffold-item.ts';

const KINDS = { achievement: 'achievements', case: 'cases' } as const;

class Refusal extends Error {}

async function main(argv: readonly string[]): Promise<void> {
	const [kindName, ...rest] = argv;
	if (!kindName || kindName === '--help') return usage(kindName ? 0 : 2);
	if (!(kindName in KINDS)) return usage(2, message('new.unknownKind', { kind: kindName }));
	const kind = KINDS[kindName as keyof typeof KINDS];
	const options = parseOptions(rest);
	if ('error' in options) return usage(2, options.error);

	const root = contentDir();
	const ids = existingIds(root, kind);
	const suggested = nextFreeId(ids, ID_PREFIXES[kind]);
	const offers = existingIds(root, 'achievements');
	const ask = stdin.isTTY && stdout.isTTY ? createInterface({ input: stdin, output: stdout }) : undefined;
	try {
		// The option given on the command line; else, in a terminal, the answer typed; else (or for an empty answer) the suggestion.
		const answer = async (given: string | undefined, question: string, fallback: string) => (given ?? (ask ? (await ask.question(question)).trim() : '')) || fallback;
		const id = await answer(options.id, message('new.askId', { kind: message(kind === 'cases' ? 'new.kindCase' : 'new.kindAchievement'), suggested }), suggested);
		if (!ID_PATTERN.test(id)) throw new Refusal(message('new.badId', { id, suggested }));
		if (ids.includes(id)) throw new Refusal(message('new.exists', { folder: displayPath(join(root, kind, id)), suggested }));
		const defaultLocale: Locale = messageLanguage() === 'zh' ? 'zh' : 'en';
		const locale = await answer(options.locale, message('new.askLocale', { allowed: LOCALES.join(', '), suggested: defaultLocale }), defaultLocale);
		if (!isLocale(locale)) throw new Refusal(message('new.badLocale', { locale, allowed: LOCALES.join(', ') }));
		let achievement: string | undefined;
		if (kind === 'cases') {
			// The most recent offer (highest id) is the likeliest; staff type another at the question or with --achievement.
			const latest = [...offers].sort().at(-1);
			if (!latest) throw new Refusal(message('new.noAchievements'));
			achievement = await answer(options.achievement, message('new.askAchievement', { suggested: latest }), latest);
			if (!offers.includes(achievement)) throw new Refusal(message('new.badAchievement', { id: achievement }));
		}
		writeItem(root, kind, id, scaffoldItem({ kind, id, locale, day: publicationDay(), ...(achievement ? { achievement } : {}) }), locale);
	} finally {
		ask?.close();
	}
}

function writeItem(root: string, kind: string, id: string, files: { path: string; text: string }[], locale: Locale): void {
	const folder = join(root, kind, id);
	mkdirSync(dirname(folder), { recursive: true });
	// Not recursive: if the folder appeared since the check above, this fails instead of writing into it.
	mkdirSync(folder);
	try {
		for (const file of files) writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
	console.log(message('new.created', { folder: `${displayPath(folder)}/` }));
	for (const file of files) console.log(`  ${displayPath(join(root, file.path))}`);
	console.log(`\n${message('new.next')}`);
	for (const step of ['new.nextFill', 'new.nextCheck', 'new.nextPreview', 'new.nextPublish'] as const) console.log(`  ${message(step)}`);
	const others = LOCALES.filter((other) => other !== locale).map((other) => `${other}.md`);
	console.log(`  ${message('new.nextTranslate', { source: `${locale}.md`, others: others.join(message('check.listSeparator')) })}`);
}

function parseOptions(args: readonly string[]): { id?: string; locale?: string; achievement?: string } | { error: string } {
	const options: Record<string, string> = {};
	for (let index = 0; index < args.length; index++) {
		const match = /^--(id|locale|achievement)(?:=(.*))?$/.exec(args[index]!);
		if (!match) return { error: message('new.unknownOption', { option: args[index]! }) };
		const value = match[2] ?? args[++index];
		if (value === undefined) return { error: message('new.unknownOption', { option: args[index - 1]! }) };
		options[match[1]!] = value.trim();
	}
	return options;
}

function usage(code: number, problem?: string): void {
	if (problem) console.error(problem);
	(code ? console.error : console.log)(message('new.usage'));
	process.exitCode = code;
}

try {
	await main(process.argv.slice(2));
} catch (error) {
	// Ctrl+D or Ctrl+C at a question: the editor changed their mind, which is not a crash.
	const cancelled = error instanceof Error && error.name === 'AbortError';
	if (!(error instanceof Refusal) && !cancelled) throw error;
	console.error(cancelled ? `\n${message('new.cancelled')}` : error.message);
	process.exitCode = 1;
}
