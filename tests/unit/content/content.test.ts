import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { articleSchema, glossarySchema } from '../../../src/content/schemas';
import { CONTENT, brokenLinks, cjkCount, filesUnder, proseOf, readContent, wordCount } from './helpers';

const zhArticles = readContent('articles', 'zh-cn');
const enArticles = readContent('articles', 'en');

describe('content parity', () => {
  for (const collection of ['articles', 'glossary'] as const) {
    it(`every ${collection} file exists in both languages at the same path`, () => {
      const zh = filesUnder(join(CONTENT, collection, 'zh-cn'));
      const en = filesUnder(join(CONTENT, collection, 'en'));
      expect(zh.length).toBeGreaterThan(0);
      expect(en).toEqual(zh);
    });
  }

  it('translations share section, order and simulator preset', () => {
    for (const zh of zhArticles) {
      const en = enArticles.find((file) => file.path === zh.path);
      expect(en, zh.path).toBeDefined();
      for (const field of ['section', 'order', 'simulator'] as const) expect(en?.data[field], `${zh.path} ${field}`).toEqual(zh.data[field]);
    }
  });

  it('glossary translations share the term, pinyin, English term and related article', () => {
    const en = readContent('glossary', 'en');
    for (const zh of readContent('glossary', 'zh-cn')) {
      const other = en.find((file) => file.path === zh.path);
      for (const field of ['term', 'pinyin', 'english', 'related'] as const) expect(other?.data[field], `${zh.path} ${field}`).toEqual(zh.data[field]);
    }
  });
});

describe('article frontmatter', () => {
  for (const file of [...zhArticles, ...enArticles]) {
    it(`${file.path} (${cjkCount(file.body) > 200 ? 'zh-cn' : 'en'}) matches the schema and its folder`, () => {
      const result = articleSchema.safeParse(file.data);
      expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
      expect(file.path.split('/')[0]).toBe(file.data.section);
    });
  }

  it('every article cites at least three dated sources', () => {
    for (const file of [...zhArticles, ...enArticles]) {
      const sources = (file.data.sources as { date?: string }[] | undefined) ?? [];
      expect(sources.length, file.path).toBeGreaterThanOrEqual(3);
      for (const source of sources) expect(source.date, file.path).toMatch(/^\d{4}/);
    }
  });
});

describe('article length', () => {
  for (const file of zhArticles) {
    it(`zh-cn ${file.path} has at least 1,500 Chinese characters of body text`, () => {
      expect(cjkCount(proseOf(file.body))).toBeGreaterThanOrEqual(1500);
    });
  }
  for (const file of enArticles) {
    it(`en ${file.path} has at least 800 words of body text`, () => {
      expect(wordCount(proseOf(file.body))).toBeGreaterThanOrEqual(800);
    });
  }
});

describe('links written in articles', () => {
  it('point at articles, sections or pages that exist, in the article’s own language', () => {
    for (const [locale, files] of [['zh-cn', zhArticles], ['en', enArticles]] as const) {
      for (const file of files) expect(brokenLinks(locale, file.body), `${locale}/${file.path}`).toEqual([]);
    }
  });

  it('reports a link to a missing page or to the other language (the check itself can fail)', () => {
    expect(brokenLinks('en', '[a](/en/overdue/collection/) [b](/en/no/such-page/) [c](/zh-cn/overdue/collection/)')).toEqual([
      '/en/no/such-page/',
      '/zh-cn/overdue/collection/',
    ]);
  });
});

describe('schemas', () => {
  const valid = {
    title: 'A title',
    description: 'A description.',
    section: 'overdue',
    order: 1,
    updated: '2026-11-23',
    summary: 'The short answer.',
    sources: [{ title: '征信业管理条例', publisher: '国务院', date: '2013-01-21' }],
  };

  it('accepts a complete article frontmatter', () => {
    expect(articleSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects an article without a review date', () => {
    const { updated: _omitted, ...withoutDate } = valid;
    expect(articleSchema.safeParse(withoutDate).success).toBe(false);
  });

  it('rejects an article with no sources', () => {
    expect(articleSchema.safeParse({ ...valid, sources: [] }).success).toBe(false);
    const { sources: _omitted, ...withoutSources } = valid;
    expect(articleSchema.safeParse(withoutSources).success).toBe(false);
  });

  it('rejects a source without a date and an unknown section', () => {
    expect(articleSchema.safeParse({ ...valid, sources: [{ title: 'x', publisher: 'y' }] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...valid, section: 'news' }).success).toBe(false);
  });

  it('rejects a glossary entry without pinyin', () => {
    const entry = { term: '罚息', pinyin: 'fá xī', english: 'Penalty interest', definition: 'x', updated: '2026-11-23' };
    expect(glossarySchema.safeParse(entry).success).toBe(true);
    expect(glossarySchema.safeParse({ ...entry, pinyin: '' }).success).toBe(false);
  });
});
