import { describe, expect, it } from 'vitest';
import { buildExcerpt, markRanges } from '../../../src/search/excerpt';
import { MAX_QUERY_LENGTH, normaliseQuery } from '../../../src/search/query';
import { rerank } from '../../../src/search/rank';
import { queryTerms } from '../../../src/search/segment';
import { synonymTerms } from '../../../src/search/synonyms';

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

describe('question words', () => {
  it('are not search words in Chinese or English', () => {
    expect(queryTerms('网贷还不上会不会坐牢', 'zh-CN', ['网贷', '还不上', '坐牢'])).toEqual(['网贷', '还不上', '坐牢']);
    expect(queryTerms('can they freeze my bank card', 'en')).toEqual(['freeze', 'bank', 'card']);
  });

  it("a reader's word also searches the pages' word, never instead of it", () => {
    expect(synonymTerms('欠网贷会变成老赖吗', ['网贷', '老赖'])).toContain('失信');
    expect(synonymTerms('can collectors call my mom', ['collectors', 'call', 'mom'])).toEqual(['parents']);
    expect(synonymTerms('mommy', ['mommy'])).toEqual([]);
  });

  it('the answer whose title says what was asked comes first', () => {
    const night = page('催收半夜打电话合法吗？', '催收 半夜 打电话 合法', '半夜催收', Infinity);
    const parents = page('催收可以打电话给我父母吗？', '催收 打电话 父母', '催收打给父母', Infinity);
    // As on the site, 合法 is on many pages; 父母 (the page's word for 爸妈) on few.
    const others = ['单位', '上门', '短信'].map((word) => ({
      ...page(`催收${word}合法吗？`, `催收 ${word} 合法`, '', Infinity),
      url: `/zh-cn/answers/${word}/`,
    }));
    const [first] = rerank(
      [{ ...night, url: '/zh-cn/answers/night/' }, { ...parents, url: '/zh-cn/answers/parents/' }, ...others],
      '催收给我爸妈打电话合法吗',
      'zh-CN',
      ['催收', '打电话'],
    );
    expect(first?.url).toBe('/zh-cn/answers/parents/');
  });
});

describe('excerpts', () => {
  it('joins adjacent matches into one mark', () => {
    expect(markRanges('催收 催收投诉 credit report', ['催收', 'credit', 'report'])).toEqual([
      [0, 5],
      [8, 21],
    ]);
  });

  it('leave out the hidden keyword line and mark whole words', () => {
    const parts = buildExcerpt(
      {
        content: '催收的边界 借呗催收 花呗催收 上门催收. 简短回答. 催收不得骚扰家人。',
        keywords: '借呗催收 花呗催收 上门催收',
      },
      ['催收'],
      'zh-CN',
    );
    const text = parts.map((part) => part.text).join('');
    expect(text).not.toContain('借呗催收 花呗催收');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['催收', '催收']);
  });

  it('drop the full stop Pagefind adds after a question title', () => {
    const text = (content: string, lang: string) =>
      buildExcerpt({ content, keywords: '' }, ['report', '征信'], lang)
        .map((part) => part.text)
        .join('');
    const en = text('How long does a late payment stay on my credit report? . Short answer. 5 years.', 'en');
    expect(en).toContain('credit report? Short answer. 5 years.');
    const zh = text('征信上的逾期记录多久能消除？. 简短回答. 5年。', 'zh-CN');
    expect(zh).toContain('多久能消除？ 简短回答');
    expect(zh).not.toMatch(/？\s*\./);
  });

  it('fall back to the words Pagefind marked, joined, when no query word is found verbatim', () => {
    const parts = buildExcerpt(
      {
        content: '人去世了，欠的网贷谁来还？',
        keywords: '',
        excerpt: '人去世了，欠的<mark>网</mark><mark>贷</mark>谁来还？',
      },
      ['人死了网贷谁还'],
      'zh-CN',
    );
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['网贷']);
  });
});
