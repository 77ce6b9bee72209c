/**
 * Function words that carry no meaning in a technology query. Pagefind requires every query word
 * in a result, and an offer found only through its termbase terms contains none of these: "робот
 * для контроля" must not fail on "для". One- and two-letter words are prefixes of too much.
 */
const STOP_WORDS = new Set([
	// en
	'the', 'and', 'or', 'of', 'in', 'to', 'on', 'by', 'an', 'for', 'with', 'from', 'into', 'onto', 'that', 'this', 'are', 'was', 'its', 'our', 'new', 'use', 'used', 'using', 'based', 'via',
	// nb
	'og', 'for', 'med', 'til', 'fra', 'som', 'det', 'den', 'ved', 'av', 'på', 'om', 'ny', 'nye', 'basert',
	// ru
	'для', 'при', 'как', 'или', 'под', 'над', 'без', 'через', 'что', 'это', 'его', 'новый', 'новая', 'новые', 'на', 'из', 'по', 'от', 'до', 'за', 'со', 'во', 'не',
	// zh
	'的', '和', '与', '及', '或', '用', '在', '于', '对', '中', '等', '基于', '一种', '用于', '及其',
]);

const HAN = /\p{Script=Han}/u;

/** The words of a query that can find something: segmented like the browser does, lower case, no function words. */
export function queryWords(query: string, locale: string): string[] {
	const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
	const words: string[] = [];
	for (const segment of segmenter.segment(query.normalize('NFKC').slice(0, 200))) {
		if (!segment.isWordLike) continue;
		const word = segment.segment.toLocaleLowerCase(locale);
		if (STOP_WORDS.has(word)) continue;
		// A single Latin or Cyrillic letter is a prefix of everything; a single Han character is a word.
		if (!HAN.test(word) && [...word].length < 2) continue;
		if (!words.includes(word)) words.push(word);
	}
	return words.slice(0, 8);
}
