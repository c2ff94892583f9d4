/**
 * A query split into the words worth matching exactly.
 *
 * Why: Pagefind indexes some Chinese words as single characters, so an unquoted query such as 征信 also matches
 * pages that merely contain 征 and 信 apart (征收 … 长信), and a phrase typed without spaces (逾期多久上征信) is
 * matched character by character. ICU's dictionary (Intl.Segmenter) splits domain words such as 征信, 催收 or 借呗
 * into single characters too, so the site's own lexicon of domain words (article keywords, glossary terms and a
 * curated list, published as /search-lexicon.json) is matched first, and the segmenter splits the rest.
 */

const EN_STOPWORDS = new Set(
  [
    'the and for with what how does can you your are was were from that this into when who why will about after before not',
    // Question words and pronouns: they say a reader is asking, not what about ("can they freeze my card").
    'they them their have has had should would could which where there any get got did its our his her him she',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Chinese question words and particles (吗, 会不会, 怎么办 …) say that a reader is asking, not what about: they
 * split a query like spaces do and are never matched ("会不会坐牢" is about 坐牢). Domain words in the lexicon are
 * matched before these are removed, so 可以 inside a longer lexicon word is untouched.
 */
const ZH_QUESTION_WORDS =
  /会不会|能不能|可不可以|是不是|有没有|要不要|怎么办|怎么样|怎么|怎样|如何|为什么|什么|到底|可以|咋办|哪里|在哪|还能|[吗呢吧啊呀嘛么了的咋哪谁我你他她是要会能在都也就很太把给和跟]/g;
/** Lexicon words longer than this are whole readers' questions (keywords such as 赌债老婆要还吗), not words. */
const LEXICON_MAX = 6;
export const HAN = /\p{Script=Han}/u;

/**
 * Splits Chinese text into words: first the site's own lexicon (longest match first), then Intl.Segmenter for
 * the rest. Runs of characters the segmenter left single are kept as overlapping pairs (征/信 → 征信), so an
 * unknown two-character word still counts.
 */
function segmentWords(text: string, lang: string, lexicon: readonly string[]): string[] {
  const known = lexicon
    .filter((word) => HAN.test(word) && Array.from(word).length <= LEXICON_MAX)
    .sort((a, b) => b.length - a.length);
  const words: string[] = [];
  let rest = '';
  const flush = () => {
    if (rest) words.push(...segmentRest(rest, lang));
    rest = '';
  };
  for (let at = 0; at < text.length;) {
    const match = known.find((word) => text.startsWith(word, at));
    if (match) {
      flush();
      words.push(match);
      at += match.length;
    } else {
      rest += text[at];
      at += 1;
    }
  }
  flush();
  return words;
}

/** The words of text the lexicon did not match, by Intl.Segmenter (or white space and punctuation without it). */
function segmentRest(raw: string, lang: string): string[] {
  const text = raw.replace(ZH_QUESTION_WORDS, ' ');
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return text.split(/[\s\p{P}]+/u).filter(Boolean);
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const parts = Array.from(segmenter.segment(text), (part) => (part.isWordLike ? part.segment : ' '));
  const words: string[] = [];
  let singles: string[] = [];
  const flushSingles = () => {
    for (let i = 0; i + 1 < singles.length; i++) words.push(`${singles[i]}${singles[i + 1]}`);
    singles = [];
  };
  for (const part of parts) {
    if (HAN.test(part) && Array.from(part).length === 1) singles.push(part);
    else {
      flushSingles();
      if (part.trim()) words.push(part);
    }
  }
  flushSingles();
  return words;
}

/**
 * The words of a query worth matching exactly: Chinese words of two or more characters, other words of three or
 * more letters that are not stop words. Falls back to the whole query when nothing qualifies (e.g. "债").
 * @param lang BCP 47 tag of the page ('zh-CN' or 'en')
 * @param lexicon domain words to keep whole (built from the site's keywords and glossary)
 */
export function queryTerms(query: string, lang: string, lexicon: readonly string[] = []): string[] {
  const lower = query.toLowerCase();
  const useful = segmentWords(lower, lang, lexicon).filter((word) => {
    const length = Array.from(word).length;
    return HAN.test(word) ? length >= 2 : length >= 3 && !EN_STOPWORDS.has(word);
  });
  const unique = Array.from(new Set(useful));
  return unique.length > 0 ? unique : lower ? [lower] : [];
}

/**
 * The form of an English word matched inside page text: a common ending is dropped while four letters or more
 * remain, so the stem finds its relatives (collector → collect, found in "collection"; called → call; penalties →
 * penalt, found in "penalty"). Chinese words as they are.
 */
export function matchForm(term: string): string {
  if (HAN.test(term)) return term;
  const ending = /(ies|ions|ion|ors|or|ers|er|ing|ed|s)$/.exec(term);
  if (!ending || term.endsWith('ss') || term.length - ending[0].length < 4) return term;
  return term.slice(0, -ending[0].length);
}
