// @ts-check
/**
 * Query-time help for Chinese (and English) search, on top of Pagefind.
 *
 * Why: Pagefind indexes some Chinese words as single characters, so an unquoted query such as 征信 also matches
 * pages that merely contain 征 and 信 apart (e.g. 征收 … 长信), and a phrase typed without spaces
 * (逾期多久上征信) is matched character by character. We therefore
 *   1. split the query into words: the site's lexicon of domain words first (built from article keywords and
 *      glossary terms, since ICU's dictionary splits 征信 or 催收 into single characters), then the browser's
 *      own word segmenter (Intl.Segmenter),
 *   2. ask Pagefind for the whole query and for each multi-character word, and pool the candidates,
 *   3. re-rank the pool with BM25 over exact occurrences of those words (title and keywords weigh more than text).
 * The effect is measured by the query set in tests/e2e/search.test.ts (precision at 1 and at 3).
 * Plain JavaScript so the file can be served as is and loaded only when a reader first searches.
 */

/** Longest query we pass on: longer input is cut (and the reader told) rather than sent whole. */
export const MAX_QUERY_LENGTH = 200;

const EN_STOPWORDS = new Set(
  'the and for with what how does can you your are was were from that this into when who why will about after before not'.split(
    ' ',
  ),
);
const HAN = /\p{Script=Han}/u;

// Matching control characters is the point of this pattern.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * Trims, collapses white space and removes characters that carry no meaning for search (control characters).
 * @param {unknown} raw
 * @returns {{ query: string, truncated: boolean }}
 */
export function normaliseQuery(raw) {
  const text = typeof raw === 'string' ? raw : '';
  const clean = text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return { query: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: chars.length > MAX_QUERY_LENGTH };
}

/**
 * Splits Chinese text into words: first the site's own lexicon (longest match first: domain words such as
 * 征信, 催收, 借呗 that general-purpose dictionaries split into single characters), then Intl.Segmenter for the
 * rest. Runs of characters the segmenter left single are kept as overlapping pairs (征/信 → 征信), so an
 * unknown two-character word still counts.
 * @param {string} text lower-cased query
 * @param {string} lang
 * @param {string[]} lexicon words, any order
 * @returns {string[]}
 */
function segmentWords(text, lang, lexicon) {
  const known = lexicon.filter((word) => HAN.test(word)).sort((a, b) => b.length - a.length);
  /** @type {string[]} */
  const words = [];
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

/**
 * @param {string} text
 * @param {string} lang
 * @returns {string[]}
 */
function segmentRest(text, lang) {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return text.split(/[\s\p{P}]+/u).filter(Boolean);
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const parts = Array.from(segmenter.segment(text), (part) => (part.isWordLike ? part.segment : ' '));
  /** @type {string[]} */
  const words = [];
  /** @type {string[]} */
  let singles = [];
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
 * @param {string} query
 * @param {string} lang BCP 47 tag of the page ('zh-CN' or 'en')
 * @param {string[]} [lexicon] domain words to keep whole (built from the site's keywords and glossary)
 * @returns {string[]}
 */
export function queryTerms(query, lang, lexicon = []) {
  const lower = query.toLowerCase();
  const useful = segmentWords(lower, lang, lexicon).filter((word) => {
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
  for (let at = haystack.indexOf(needle); at !== -1 && count < 50; at = haystack.indexOf(needle, at + needle.length))
    count++;
  return count;
}

/** BM25 constants (the usual defaults): how fast repeated words saturate, and how much page length counts. */
const K1 = 1.2;
const B = 0.75;
/** A word in the title counts as this many words of text; in the keywords, as FIELD_WEIGHT.keywords. */
const FIELD_WEIGHT = { title: 6, keywords: 4, content: 1 };

/**
 * @typedef {{ title: string, keywords: string, content: string }} PageText
 * @typedef {{ pages: number, averageLength: number, pagesWith: (term: string) => number }} PoolStats
 */

/**
 * Relevance of one candidate page: BM25 over the candidate pool, with title and keyword matches weighted above
 * body text. Long pages that mention every topic in passing (a story, an overview) do not win by length alone,
 * and words found on every candidate count for little. The whole query found verbatim adds a bonus, and
 * Pagefind's own order for the whole query breaks near-ties.
 * @param {PageText} page
 * @param {string[]} terms
 * @param {string} query
 * @param {number} pagefindRank 0-based position in Pagefind's answer for the whole query (Infinity if absent)
 * @param {PoolStats} stats
 */
export function scorePage(page, terms, query, pagefindRank, stats) {
  const title = page.title.toLowerCase();
  const keywords = page.keywords.toLowerCase();
  const content = page.content.toLowerCase();
  const lengthRatio = stats.averageLength > 0 ? content.length / stats.averageLength : 1;
  let score = 0;
  for (const term of terms) {
    const frequency =
      FIELD_WEIGHT.title * occurrences(title, term) +
      FIELD_WEIGHT.keywords * occurrences(keywords, term) +
      FIELD_WEIGHT.content * occurrences(content, term);
    if (frequency === 0) continue;
    const withTerm = stats.pagesWith(term);
    // Never zero or negative: in a small pool a word found on every candidate still counts a little.
    const idf = Math.log(1 + stats.pages / Math.max(withTerm, 1));
    score += (idf * (frequency * (K1 + 1))) / (frequency + K1 * (1 - B + B * lengthRatio));
  }
  const whole = query.toLowerCase();
  if (terms.length > 1 && (title.includes(whole) || keywords.includes(whole))) score += 1.5;
  if (Number.isFinite(pagefindRank)) score += 0.6 / (pagefindRank + 1);
  return score;
}

/**
 * Corpus statistics of the candidate pool, which stands in for the whole site when weighing words.
 * @param {PageText[]} pages
 * @returns {PoolStats}
 */
export function poolStats(pages) {
  const texts = pages.map((page) => `${page.title}\n${page.keywords}\n${page.content}`.toLowerCase());
  const averageLength = pages.reduce((sum, page) => sum + page.content.length, 0) / Math.max(pages.length, 1);
  /** @type {Map<string, number>} */
  const cache = new Map();
  return {
    pages: pages.length,
    averageLength,
    pagesWith(term) {
      if (!cache.has(term)) cache.set(term, texts.filter((text) => text.includes(term)).length);
      return cache.get(term) ?? 0;
    },
  };
}

/**
 * A reader who types a question ("会被起诉吗", "can they call my mum") wants the page that answers exactly that;
 * one who types a topic ("征信", "Sesame score") wants the article that explains it. So an answer page's score is
 * raised for a question and lowered for a topic. Chinese questions show themselves by their particles and
 * question words; English ones by a question word first or a question mark.
 */
const ZH_QUESTION =
  /[吗呢么嘛？?]|怎么|怎样|如何|会不会|能不能|可不可以|可以|要不要|是不是|有没有|多久|多少|几年|几天|哪|什么|为什么|谁|咋/;
const EN_QUESTION =
  /\?\s*$|^(can|could|will|would|do|does|did|is|are|am|should|shall|may|must|how|what|when|where|who|whom|why|which)\s/i;
const ANSWER_PAGE = /\/answers\/[^/]+\/?$/;
const ANSWER_WEIGHT = { asked: 1.35, topic: 0.6 };
/**
 * The glossary is one page of 80-odd short definitions: it mentions every topic, so it would outrank the article
 * that explains one. A definition helps less than the explanation, so it gives way.
 */
const GLOSSARY_PAGE = /\/glossary\/?$/;
const GLOSSARY_WEIGHT = 0.7;

/**
 * @param {string} url a result's address
 * @param {boolean} asking whether the query is a question
 * @returns {number} the factor its relevance is multiplied by
 */
function pageWeight(url, asking) {
  if (ANSWER_PAGE.test(url)) return asking ? ANSWER_WEIGHT.asked : ANSWER_WEIGHT.topic;
  return GLOSSARY_PAGE.test(url) ? GLOSSARY_WEIGHT : 1;
}

/**
 * @param {string} query
 * @returns {boolean} whether the query is phrased as a question
 */
export function isQuestion(query) {
  const text = query.trim();
  return ZH_QUESTION.test(text) || EN_QUESTION.test(text);
}

/**
 * Orders candidates by scorePage, best first; stable for equal scores.
 * @template {{ title: string, keywords: string, content: string, pagefindRank: number, url?: string }} T
 * @param {T[]} candidates
 * @param {string} query
 * @param {string} lang
 * @param {string[]} [lexicon]
 * @returns {T[]}
 */
export function rerank(candidates, query, lang, lexicon = []) {
  const terms = queryTerms(query, lang, lexicon);
  const stats = poolStats(candidates);
  const asking = isQuestion(query);
  return candidates
    .map((candidate, index) => ({
      candidate,
      index,
      score:
        scorePage(candidate, terms, query, candidate.pagefindRank, stats) * pageWeight(candidate.url ?? '', asking),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
}
