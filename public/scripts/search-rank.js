// @ts-check
/**
 * Query-time help for Chinese (and English) search, on top of Pagefind.
 *
 * Why: Pagefind indexes some Chinese words as single characters, so an unquoted query such as 征信 also matches
 * pages that merely contain 征 and 信 apart (e.g. 征收 … 长信), and a phrase typed without spaces
 * (逾期多久上征信) is matched character by character. We therefore
 *   1. split the query into words with the browser's own word segmenter (Intl.Segmenter, ICU dictionaries),
 *   2. ask Pagefind for the whole query and for each multi-character word, and pool the candidates,
 *   3. re-rank the pool by exact occurrences of those words in the title, the keywords and the text.
 * The effect is measured by the query set in tests/e2e/search-quality.test.ts (precision at 1 and at 3).
 * Plain JavaScript so the file can be served as is and loaded only when a reader first searches.
 */

/** Longest query we pass on: longer input is cut (and the reader told) rather than sent whole. */
export const MAX_QUERY_LENGTH = 200;

const EN_STOPWORDS = new Set(
  'the and for with what how does can you your are was were from that this into when who why will about after before not'.split(' '),
);
const HAN = /\p{Script=Han}/u;

/**
 * Trims, collapses white space and removes characters that carry no meaning for search (control characters).
 * @param {unknown} raw
 * @returns {{ query: string, truncated: boolean }}
 */
export function normaliseQuery(raw) {
  const text = typeof raw === 'string' ? raw : '';
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return { query: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH };
}

/**
 * The words of a query worth matching exactly: Chinese words of two or more characters, other words of three or
 * more letters that are not stop words. Falls back to the whole query when nothing qualifies (e.g. "债").
 * @param {string} query
 * @param {string} lang BCP 47 tag of the page ('zh-CN' or 'en')
 * @returns {string[]}
 */
export function queryTerms(query, lang) {
  const lower = query.toLowerCase();
  /** @type {string[]} */
  let words = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    words = Array.from(segmenter.segment(lower), (part) => (part.isWordLike ? part.segment : '')).filter(Boolean);
  } else {
    words = lower.split(/[\s\p{P}]+/u).filter(Boolean);
  }
  const useful = words.filter((word) => {
    const length = Array.from(word).length;
    return HAN.test(word) ? length >= 2 : length >= 3 && !EN_STOPWORDS.has(word);
  });
  const unique = Array.from(new Set(useful));
  return unique.length > 0 ? unique : lower ? [lower] : [];
}

/**
 * @param {string} haystack
 * @param {string} needle
 */
function occurrences(haystack, needle) {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && count < 50; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * Relevance of one candidate page. Exact words in the title count most, then keywords, then the text
 * (capped, so a long page does not win by length alone); the whole query found verbatim adds a bonus, and
 * Pagefind's own order breaks ties.
 * @param {{ title: string, keywords: string, content: string }} page
 * @param {string[]} terms
 * @param {string} query
 * @param {number} pagefindRank 0-based position in Pagefind's answer for the whole query (Infinity if absent)
 */
export function scorePage(page, terms, query, pagefindRank) {
  const title = page.title.toLowerCase();
  const keywords = page.keywords.toLowerCase();
  const content = page.content.toLowerCase();
  let score = 0;
  for (const term of terms) {
    const weight = Math.min(Array.from(term).length, 4);
    if (title.includes(term)) score += 12 * weight;
    if (keywords.includes(term)) score += 8 * weight;
    score += Math.min(occurrences(content, term), 8) * weight;
  }
  const whole = query.toLowerCase();
  if (whole.length > 1 && terms.length > 1) {
    if (title.includes(whole) || keywords.includes(whole)) score += 30;
    else if (content.includes(whole)) score += 10;
  }
  if (Number.isFinite(pagefindRank)) score += 6 / (pagefindRank + 1);
  return score;
}

/**
 * Orders candidates by scorePage, best first; stable for equal scores.
 * @template {{ title: string, keywords: string, content: string, pagefindRank: number }} T
 * @param {T[]} candidates
 * @param {string} query
 * @param {string} lang
 * @returns {T[]}
 */
export function rerank(candidates, query, lang) {
  const terms = queryTerms(query, lang);
  return candidates
    .map((candidate, index) => ({ candidate, index, score: scorePage(candidate, terms, query, candidate.pagefindRank) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
}
