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
  const known = lexicon
    .filter((word) => HAN.test(word) && Array.from(word).length <= LEXICON_MAX)
    .sort((a, b) => b.length - a.length);
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
 * @param {string} raw text the lexicon did not match
 * @param {string} lang
 * @returns {string[]}
 */
function segmentRest(raw, lang) {
  const text = raw.replace(ZH_QUESTION_WORDS, ' ');
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
 * What readers call a thing and what the pages call it. A reader's word adds the page's words to the query
 * (at a lower weight than the typed words); it never replaces what was typed. Only everyday words with one
 * clear meaning belong here, not page names.
 * @type {Record<string, string[]>}
 */
const SYNONYMS = {
  爆通讯录: ['通讯录', '联系人'],
  上征信: ['征信记录'],
  黑名单: ['失信被执行人', '失信'],
  老赖: ['失信被执行人', '失信'],
  坐牢: ['刑事', '拘留'],
  爸妈: ['父母'],
  爸爸: ['父母'],
  妈妈: ['父母'],
  我妈: ['父母'],
  我爸: ['父母'],
  母亲: ['父母'],
  父亲: ['父母'],
  家里人: ['家人', '父母'],
  老公: ['配偶'],
  老婆: ['配偶'],
  骗人: ['骗局'],
  消掉: ['消除'],
  死了: ['去世'],
  mom: ['parents'],
  mum: ['parents'],
  mother: ['parents'],
  dad: ['parents'],
  father: ['parents'],
  husband: ['spouse'],
  wife: ['spouse'],
  prison: ['jail'],
  blacklist: ['dishonest'],
  blacklisted: ['dishonest'],
  sued: ['lawsuit', 'court'],
  sue: ['lawsuit', 'court'],
};
/** How much a word found through SYNONYMS counts, against a word the reader typed. */
const SYNONYM_WEIGHT = 0.7;

/**
 * The page's words for the reader's words in a query (see SYNONYMS), excluding words already in terms.
 * Chinese words are found anywhere in the query; other words must be whole words.
 * @param {string} query
 * @param {string[]} terms the query's own words (queryTerms)
 * @returns {string[]}
 */
export function synonymTerms(query, terms) {
  const lower = query.toLowerCase();
  const words = new Set(lower.split(/[^\p{L}\p{N}]+/u));
  /** @type {string[]} */
  const found = [];
  for (const [word, others] of Object.entries(SYNONYMS))
    if (HAN.test(word) ? lower.includes(word) : words.has(word)) found.push(...others);
  return Array.from(new Set(found)).filter((word) => !terms.includes(word));
}

/**
 * The form of an English word matched inside page text: a common ending is dropped while four letters or more
 * remain, so the stem finds its relatives (collector → collect, found in "collection"; called → call; penalties →
 * penalt, found in "penalty"). Chinese words as they are.
 * @param {string} term
 */
function matchForm(term) {
  if (HAN.test(term)) return term;
  const ending = /(ies|ions|ion|ors|or|ers|er|ing|ed|s)$/.exec(term);
  if (!ending || term.endsWith('ss') || term.length - ending[0].length < 4) return term;
  return term.slice(0, -ending[0].length);
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
 * @param {string[]} [synonyms] the page's words for the reader's words (synonymTerms), counted at SYNONYM_WEIGHT
 */
export function scorePage(page, terms, query, pagefindRank, stats, synonyms = []) {
  const title = page.title.toLowerCase();
  const keywords = page.keywords.toLowerCase();
  const content = page.content.toLowerCase();
  const lengthRatio = stats.averageLength > 0 ? content.length / stats.averageLength : 1;
  let score = 0;
  for (const [word, weight] of [
    ...terms.map((term) => /** @type {const} */ ([term, 1])),
    ...synonyms.map((term) => /** @type {const} */ ([term, SYNONYM_WEIGHT])),
  ]) {
    const term = matchForm(word);
    const frequency =
      FIELD_WEIGHT.title * occurrences(title, term) +
      FIELD_WEIGHT.keywords * occurrences(keywords, term) +
      FIELD_WEIGHT.content * occurrences(content, term);
    if (frequency === 0) continue;
    const withTerm = stats.pagesWith(term);
    // Never zero or negative: in a small pool a word found on every candidate still counts a little.
    const idf = Math.log(1 + stats.pages / Math.max(withTerm, 1));
    score += (weight * idf * (frequency * (K1 + 1))) / (frequency + K1 * (1 - B + B * lengthRatio));
  }
  const whole = query.toLowerCase();
  if ((terms.length > 1 || Array.from(whole).length > 3) && (title.includes(whole) || keywords.includes(whole)))
    score += 1.5;
  if (Number.isFinite(pagefindRank)) score += 0.6 / (pagefindRank + 1);
  return score;
}

/**
 * Most a page can gain for a title and keywords that say everything the reader asked: a question names what it
 * is about in few words, so it counts for much; a topic ("罚息") is often named by several titles, so less.
 */
const COVERAGE_BONUS = { asked: 4, topic: 1.5 };
/** A word found in the keywords or after the title's colon counts this much of one in the title's main clause. */
const SECONDARY_WEIGHT = 0.8;
/** A word found only in part (some of its character pairs) counts this much of a whole one at most. */
const PARTIAL_WEIGHT = 0.5;

/**
 * How much of a question the page's own title and keywords say, from 0 to 1: each of the query's words found
 * there (itself or, at SYNONYM_WEIGHT, one of its synonyms) counts by its rarity in the pool, so the page whose
 * title names what is specific to the question (父母, not just 催收 and 合法) comes first. A word found only in
 * part (two of its characters) counts in part.
 * @param {PageText} page
 * @param {string[]} terms
 * @param {string[]} synonyms
 * @param {PoolStats} stats
 */
export function titleCoverage(page, terms, synonyms, stats) {
  const head = `${page.title}\n${page.keywords}`.toLowerCase();
  // A title's main clause (before the colon) names what the page is about; the rest and the keywords list more.
  const main = (page.title.split(/[:：]/)[0] ?? '').toLowerCase();
  let total = 0;
  let found = 0;
  for (const word of terms) {
    const idf = Math.log(1 + stats.pages / Math.max(stats.pagesWith(matchForm(word)), 1));
    total += idf;
    const alternatives = synonyms.filter((other) => synonymOf(word, other));
    if (main.includes(matchForm(word))) found += idf;
    else if (head.includes(matchForm(word))) found += idf * SECONDARY_WEIGHT;
    else
      found +=
        idf *
        Math.max(
          alternatives.some((other) => head.includes(matchForm(other))) ? SYNONYM_WEIGHT : 0,
          HAN.test(word) ? PARTIAL_WEIGHT * partialMatch(word, head) : 0,
        );
  }
  return total > 0 ? found / total : 0;
}

/**
 * @param {string} word a word of the query
 * @param {string} other a synonym found for the query
 */
function synonymOf(word, other) {
  return Object.entries(SYNONYMS).some(
    ([key, others]) => others.includes(other) && (key === word || word.includes(key)),
  );
}

/**
 * The share of a Chinese word's character pairs found in text (征信记录 in a title with 征信 and 记录 apart).
 * @param {string} word
 * @param {string} text
 */
function partialMatch(word, text) {
  const chars = Array.from(word);
  if (chars.length < 3) return 0;
  let pairs = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (text.includes(`${chars[i]}${chars[i + 1]}`)) pairs++;
  return pairs / (chars.length - 1);
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
  const synonyms = synonymTerms(query, terms);
  const stats = poolStats(candidates);
  const asking = isQuestion(query);
  return candidates
    .map((candidate, index) => ({
      candidate,
      index,
      score:
        scorePage(candidate, terms, query, candidate.pagefindRank, stats, synonyms) *
          pageWeight(candidate.url ?? '', asking) +
        COVERAGE_BONUS[asking ? 'asked' : 'topic'] * titleCoverage(candidate, terms, synonyms, stats),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.candidate);
}

/**
 * @typedef {{ text: string, marked: boolean }} ExcerptPart
 */

/** How much text an excerpt shows, in characters: about two lines of Chinese, or of English words. */
const EXCERPT_CHARS = { han: 72, other: 180 };

/**
 * Character ranges of every occurrence of the words in text, merged where they touch or only white space
 * separates them, so 催收 is one highlight (not 催 and 收) and "credit report" reads as one phrase.
 * @param {string} text
 * @param {string[]} words
 * @returns {[number, number][]}
 */
export function markRanges(text, words) {
  const lower = text.toLowerCase();
  // Lower-casing can change the length of a few characters; then positions would not line up, so mark nothing.
  if (lower.length !== text.length) return [];
  /** @type {[number, number][]} */
  const ranges = [];
  for (const word of new Set(words.map((w) => w.toLowerCase()).filter(Boolean))) {
    for (let at = lower.indexOf(word); at !== -1 && ranges.length < 200; at = lower.indexOf(word, at + word.length))
      ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  /** @type {[number, number][]} */
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && (range[0] <= last[1] || /^\s+$/.test(text.slice(last[1], range[0]))))
      last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * A result's excerpt, built from the page's indexed text rather than taken from Pagefind: the hidden keyword line
 * (indexed so that pages are found by the words readers use) is left out, and matches are marked as whole words.
 * The window is placed where the most different query words are found together; when none is found verbatim,
 * the words Pagefind itself marked are used, and failing that the page's opening text.
 * @param {{ content: string, keywords?: string, excerpt?: string }} page
 * @param {string[]} terms the query's words (queryTerms)
 * @param {string} lang BCP 47 tag of the page ('zh-CN' or 'en')
 * @returns {ExcerptPart[]}
 */
export function buildExcerpt(page, terms, lang) {
  let text = page.content ?? '';
  const keywordLine = (page.keywords ?? '').trim();
  if (keywordLine) text = text.split(keywordLine).join(' ');
  // Hidden and ignored elements leave empty sentences behind (". ."): one full stop is enough.
  text = text
    .replace(/\s+/g, ' ')
    .replace(/(\s*\.){2,}/g, '.')
    .trim();
  const chinese = /^zh/i.test(lang);
  const size = chinese ? EXCERPT_CHARS.han : EXCERPT_CHARS.other;
  const pagefindMarks = Array.from((page.excerpt ?? '').matchAll(/<mark>([\s\S]*?)<\/mark>/g), (m) => m[1] ?? '');
  let words = terms;
  let ranges = markRanges(text, words);
  if (ranges.length === 0) {
    // Pagefind marks Chinese one character at a time: join runs of marks into the words they spell.
    const joined = (page.excerpt ?? '').replace(/<\/mark>\s*<mark>/g, '').match(/<mark>[\s\S]*?<\/mark>/g);
    words = (joined ?? pagefindMarks).map((m) => m.replace(/<\/?mark>/g, '').trim()).filter((w) => w.length > 1);
    ranges = markRanges(text, words);
  }
  let start = 0;
  if (ranges.length > 0) {
    let best = -1;
    for (const [from] of ranges.slice(0, 100)) {
      const windowStart = Math.max(0, from - Math.floor(size / 5));
      const inWindow = new Set(
        ranges
          .filter(([a, b]) => a >= windowStart && b <= windowStart + size)
          .map(([a, b]) => text.slice(a, b).toLowerCase()),
      ).size;
      if (inWindow > best) {
        best = inWindow;
        start = windowStart;
      }
    }
  }
  let end = Math.min(text.length, start + size);
  if (!chinese) {
    // Whole English words only: move the ends out of the middle of a word.
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    const space = text.lastIndexOf(' ', end);
    if (end < text.length && space > start) end = space;
  }
  // Never cut a match in two at either end (催 | 收).
  for (const [from, to] of ranges) {
    if (from < start && to > start) start = from;
    if (from < end && to > end) end = to;
  }
  /** @type {ExcerptPart[]} */
  const parts = [];
  if (start > 0) parts.push({ text: '… ', marked: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) parts.push({ text: text.slice(at, a), marked: false });
    parts.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (end > at) parts.push({ text: text.slice(at, end), marked: false });
  if (end < text.length) parts.push({ text: ' …', marked: false });
  return parts;
}
