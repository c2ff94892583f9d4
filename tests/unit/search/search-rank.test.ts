import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQuery, queryTerms, rerank } from '../../../public/scripts/search-rank.js';

const page = (title: string, content: string, keywords = '', pagefindRank = Infinity) => ({
  title,
  content,
  keywords,
  pagefindRank,
});

describe('normaliseQuery', () => {
  it('trims and collapses white space, and treats non-strings as empty', () => {
    expect(normaliseQuery('  逾期 \n\t 征信 ')).toEqual({ query: '逾期 征信', truncated: false });
    expect(normaliseQuery(undefined)).toEqual({ query: '', truncated: false });
    expect(normaliseQuery({ toString: () => 'x' })).toEqual({ query: '', truncated: false });
  });

  it('cuts a long query by characters, not UTF-16 units, and says so', () => {
    const { query, truncated } = normaliseQuery('😀'.repeat(MAX_QUERY_LENGTH + 5));
    expect(truncated).toBe(true);
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.endsWith('\ud83d')).toBe(false);
  });
});

describe('queryTerms', () => {
  it('keeps lexicon words whole and drops single characters', () => {
    const terms = queryTerms('逾期多久上征信', 'zh-CN', ['征信', '逾期']);
    expect(terms).toEqual(['逾期', '多久', '征信']);
  });

  it('prefers the longest lexicon word', () => {
    expect(queryTerms('失信被执行人名单', 'zh-CN', ['失信', '失信被执行人'])).toContain('失信被执行人');
  });

  it('keeps a word the segmenter splits into single characters as character pairs when it is not in the lexicon', () => {
    const terms = queryTerms('逾期多久上征信', 'zh-CN');
    expect(terms).toContain('逾期');
    expect(terms).toContain('征信');
    expect(terms).not.toContain('上');
  });

  it('drops English stop words and very short words', () => {
    expect(queryTerms('How long does an overdue record stay', 'en')).toEqual(['long', 'overdue', 'record', 'stay']);
  });

  it('falls back to the whole query when no word qualifies', () => {
    expect(queryTerms('债', 'zh-CN')).toEqual(['债']);
    expect(queryTerms('', 'en')).toEqual([]);
  });
});

describe('rerank', () => {
  it('puts a page with the exact word first even when Pagefind ranked a character-level match higher', () => {
    const noise = page('征收与长信', '征收 长信 征收 长信', '', 0);
    const real = page('征信报告怎么看', '征信报告 征信', '征信', 1);
    expect(rerank([noise, real], '征信', 'zh-CN')[0]).toBe(real);
  });

  it('prefers a title match over a page that mentions the word in passing', () => {
    const passing = page('还款方式', '……罚息……', '', 0);
    const about = page('罚息怎么算', '罚息 罚息', '罚息', 2);
    expect(rerank([passing, about], '罚息', 'zh-CN')[0]).toBe(about);
  });

  it('keeps Pagefind order when nothing else tells the pages apart', () => {
    const a = page('A', 'credit', '', 0);
    const b = page('B', 'credit', '', 1);
    expect(rerank([b, a], 'credit', 'en')).toEqual([a, b]);
  });
});
