/**
 * Records that translations match their source as it is now: writes the source's fingerprint into
 * each translation's `translatedFrom` (and, with --machine / --reviewed, sets `machineTranslated`).
 * Run it after checking a translation against its source, or after translating.
 * Usage: npm run i18n:mark -- achievements/to-0007/en [cases/cc-0002/ru …] [--machine | --reviewed]
 *        npm run i18n:mark -- --all-unverified   (once: translations made before fingerprints existed)
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_NAMES, type KindName } from '../content/core/kinds/index.ts';
import { itemsOf } from '../content/core/model/build-model.ts';
import { ContentError } from '../content/core/model/content-error.ts';
import { readContent } from '../content/core/read/read-content.ts';
import { isLocale, LOCALES, type Locale } from '../content/core/schema/locales.ts';
import { currentSourceHash, translationStatus } from '../content/core/translation/translation-status.ts';
import { setFrontmatterField } from '../content/core/write/frontmatter-field.ts';

const args = process.argv.slice(2);
const machine = args.includes('--machine') ? true : args.includes('--reviewed') ? false : undefined;

try {
	const { model, root } = readContent();
	const targets: { kind: KindName; id: string; locale: Locale }[] = [];
	const problems: string[] = [];
	if (args.includes('--all-unverified')) {
		for (const kind of KIND_NAMES) {
			for (const item of itemsOf(model, kind)) {
				for (const locale of LOCALES) if (translationStatus(item as never, locale).state === 'unverified') targets.push({ kind, id: item.id, locale });
			}
		}
	}
	for (const arg of args.filter((value) => !value.startsWith('--'))) {
		const [kind, id, locale] = arg.replace(/\.md$/, '').split('/');
		if (!KIND_NAMES.includes(kind as KindName) || !id || !isLocale(locale)) {
			problems.push(`"${arg}" is not a translation; write <kind>/<id>/<language>, e.g. achievements/to-0007/en (kinds: ${KIND_NAMES.join(', ')}; languages: ${LOCALES.join(', ')})`);
			continue;
		}
		targets.push({ kind: kind as KindName, id, locale });
	}
	const writes: { path: string; text: string; label: string }[] = [];
	for (const { kind, id, locale } of targets) {
		const item = itemsOf(model, kind).find((entry) => entry.id === id);
		const label = `${kind}/${id}/${locale}`;
		if (!item) problems.push(`${label}: there is no ${kind} with the id ${id}`);
		else if (item.facts.sourceLocale === locale) problems.push(`${label}: ${locale} is the source language of ${id}; only translations record what they were translated from`);
		else if (!item.texts[locale]) problems.push(`${label}: there is no ${locale}.md in content/${kind}/${id}/`);
		else {
			const path = join(root, kind, id, `${locale}.md`);
			let text = setFrontmatterField(readFileSync(path, 'utf8'), 'translatedFrom', currentSourceHash(item as never)!);
			if (machine !== undefined) text = setFrontmatterField(text, 'machineTranslated', machine);
			writes.push({ path, text, label });
		}
	}
	if (problems.length) {
		for (const problem of problems) console.error(problem);
		console.error('Nothing was written.');
		process.exit(1);
	}
	let changed = 0;
	for (const write of writes) {
		if (readFileSync(write.path, 'utf8') === write.text) continue;
		// Written beside the file and renamed over it, so an interrupted run never leaves half a file.
		writeFileSync(`${write.path}.tmp`, write.text);
		renameSync(`${write.path}.tmp`, write.path);
		changed += 1;
		console.log(`marked ${write.label} as translated from the current source`);
	}
	console.log(`${changed} file(s) changed, ${writes.length - changed} already up to date.`);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	console.error(error.message);
	process.exitCode = 1;
}
