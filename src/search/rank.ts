/**
 * Re-ranks the pooled candidates (see search-site.ts) by BM25 over exact occurrences of the query's words, title
 * and keywords above body text, plus how much of the question the page's title says.
 *
 * Why not Pagefind's own ranking: Pagefind matches some Chinese words character by character, so its scores
 * count 征 and 信 apart as if they were 征信, and its `ranking` options and `metaWeights` only change how those
 * matches are weighed; nor does it know a question from a topic (answer pages) or a definition from an article.
 * Measured on 2026-12-03 over the query set (tests/search/queries.ts), precision at 1 / at 3:
 *
 *                                             zh topics  en topics  zh questions  en questions
 *   this ranking (pooled, re-ranked)          0.94/1.00  0.96/1.00  0.97/1.00     1.00/1.00
 *   Pagefind alone, defaults                  0.43/0.89  0.52/0.84  0.61/0.67     0.83/0.89
 *   Pagefind, our segmented words, defaults   0.40/0.80  0.72/0.96  0.42/0.70     0.83/1.00
 *   best of 36 ranking settings, per set      0.57/0.77  0.72/0.96  0.67/0.76     0.94/1.00
 *   best one setting for all four sets (*)    0.49/0.91  0.68/0.96  0.58/0.79     0.83/1.00
 *
 * The settings tried: pageLength 0.75 / 0.3 / 0, termSaturation 1.4 / 0.6, metaWeights title 5 / 15 and
 * keywords 0 / 5 / 10, each with the query as typed and as our segmented words (segment.ts, synonyms.ts).
 * (*) segmented words, pageLength 0.3, termSaturation 1.4, metaWeights { title: 15, keywords: 5 }. No setting
 * comes near the floors the search test holds (0.9 at 1, 1.0 at 3), so this code stays.
 */
import { isQuestion } from './query';
import { matchForm, queryTerms, HAN } from './segment';
import { SYNONYM_WEIGHT, synonymOf, synonymTerms } from './synonyms';

/** The text of a candidate page the ranking reads. */
export interface PageText {
  title: string;
  keywords: string;
  content: string;
}

/** Corpus statistics of the candidate pool, which stands in for the whole site when weighing words. */
export interface PoolStats {
  pages: number;
  averageLength: number;
  pagesWith: (term: string) => number;
}

function occurrences(haystack: string, needle: string): number {
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
const FIELD_WEIGHT = { title: 6, keywords: 4, content: 1 } as const;

/**
 * Relevance of one candidate page: BM25 over the candidate pool, with title and keyword matches weighted above
 * body text. Long pages that mention every topic in passing (a story, an overview) do not win by length alone,
 * and words found on every candidate count for little. The whole query found verbatim adds a bonus, and
 * Pagefind's own order for the whole query breaks near-ties.
 * @param pagefindRank 0-based position in Pagefind's answer for the whole query (Infinity if absent)
 * @param synonyms the page's words for the reader's words (synonymTerms), counted at SYNONYM_WEIGHT
 */
export function scorePage(
  page: PageText,
  terms: readonly string[],
  query: string,
  pagefindRank: number,
  stats: PoolStats,
  synonyms: readonly string[] = [],
): number {
  const title = page.title.toLowerCase();
  const keywords = page.keywords.toLowerCase();
  const content = page.content.toLowerCase();
  const lengthRatio = stats.averageLength > 0 ? content.length / stats.averageLength : 1;
  let score = 0;
  const weighted: [string, number][] = [
    ...terms.map((term): [string, number] => [term, 1]),
    ...synonyms.map((term): [string, number] => [term, SYNONYM_WEIGHT]),
  ];
  for (const [word, weight] of weighted) {
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
const COVERAGE_BONUS = { asked: 4, topic: 1.5 } as const;
/** A word found in the keywords or after the title's colon counts this much of one in the title's main clause. */
const SECONDARY_WEIGHT = 0.8;
/** A word found only in part (some of its character pairs) counts this much of a whole one at most. */
const PARTIAL_WEIGHT = 0.5;

/**
 * How much of a question the page's own title and keywords say, from 0 to 1: each of the query's words found
 * there (itself or, at SYNONYM_WEIGHT, one of its synonyms) counts by its rarity in the pool, so the page whose
 * title names what is specific to the question (父母, not just 催收 and 合法) comes first. A word found only in
 * part (two of its characters) counts in part.
 */
export function titleCoverage(
  page: PageText,
  terms: readonly string[],
  synonyms: readonly string[],
  stats: PoolStats,
): number {
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

/** The share of a Chinese word's character pairs found in text (征信记录 in a title with 征信 and 记录 apart). */
function partialMatch(word: string, text: string): number {
  const chars = Array.from(word);
  if (chars.length < 3) return 0;
  let pairs = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (text.includes(`${chars[i]}${chars[i + 1]}`)) pairs++;
  return pairs / (chars.length - 1);
}

/** Corpus statistics of the candidate pool (see PoolStats). */
export function poolStats(pages: readonly PageText[]): PoolStats {
  const texts = pages.map((page) => `${page.title}\n${page.keywords}\n${page.content}`.toLowerCase());
  const averageLength = pages.reduce((sum, page) => sum + page.content.length, 0) / Math.max(pages.length, 1);
  const cache = new Map<string, number>();
  return {
    pages: pages.length,
    averageLength,
    pagesWith(term) {
      if (!cache.has(term)) cache.set(term, texts.filter((text) => text.includes(term)).length);
      return cache.get(term) ?? 0;
    },
  };
}

/** An answer page's score is raised for a question and lowered for a topic (see isQuestion). */
const ANSWER_PAGE = /\/answers\/[^/]+\/?$/;
const ANSWER_WEIGHT = { asked: 1.35, topic: 0.6 } as const;
/**
 * The glossary is one page of 80-odd short definitions: it mentions every topic, so it would outrank the article
 * that explains one. A definition helps less than the explanation, so it gives way.
 */
const GLOSSARY_PAGE = /\/glossary\/?$/;
const GLOSSARY_WEIGHT = 0.7;

/** The factor a result's relevance is multiplied by, for the kind of page its address says it is. */
function pageWeight(url: string, asking: boolean): number {
  if (ANSWER_PAGE.test(url)) return asking ? ANSWER_WEIGHT.asked : ANSWER_WEIGHT.topic;
  return GLOSSARY_PAGE.test(url) ? GLOSSARY_WEIGHT : 1;
}

/** A candidate as the ranking sees it: its text, its address and where Pagefind put it for the whole query. */
export interface Candidate extends PageText {
  pagefindRank: number;
  url?: string;
}

/** Orders candidates by relevance, best first; stable for equal scores. */
export function rerank<T extends Candidate>(
  candidates: readonly T[],
  query: string,
  lang: string,
  lexicon: readonly string[] = [],
): T[] {
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
