import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ANSWER_TOPICS, answerSchema } from '../../../src/content/schemas';
import { CONTENT, articleTargets, brokenLinks, cjkCount, filesUnder, proseOf, readContent, wordCount } from './helpers';

/**
 * Answers: one reader's question per page, the short answer first. These rules keep them short, sourced,
 * mirrored in both languages and connected to the rest of the site (an answer no article leads to is lost).
 */
const zh = readContent('answers', 'zh-cn');
const en = readContent('answers', 'en');
const slugs = new Set(zh.map((file) => file.path.replace(/\.mdx$/, '')));
const articles = articleTargets();
const MIN_ANSWERS = 60;
const MIN_PER_TOPIC = 5;

describe('answers collection', () => {
  it(`holds at least ${MIN_ANSWERS} answers, each in both languages at the same path`, () => {
    expect(zh.length).toBeGreaterThanOrEqual(MIN_ANSWERS);
    expect(filesUnder(join(CONTENT, 'answers', 'en'))).toEqual(filesUnder(join(CONTENT, 'answers', 'zh-cn')));
  });

  it(`covers every topic with at least ${MIN_PER_TOPIC} answers`, () => {
    for (const topic of ANSWER_TOPICS) {
      expect(zh.filter((file) => file.data.topic === topic).length, topic).toBeGreaterThanOrEqual(MIN_PER_TOPIC);
    }
  });

  it('translations share topic, related pages, simulator, template and the number of sources', () => {
    for (const file of zh) {
      const other = en.find((candidate) => candidate.path === file.path);
      for (const field of ['topic', 'related', 'simulator', 'template'] as const) {
        expect(other?.data[field], `${file.path} ${field}`).toEqual(file.data[field]);
      }
      expect((other?.data.sources as unknown[] | undefined)?.length, `${file.path} sources`).toBe((file.data.sources as unknown[]).length);
    }
  });
});

describe('each answer', () => {
  for (const [locale, files] of [['zh-cn', zh], ['en', en]] as const) {
    for (const file of files) {
      const where = `${locale}/${file.path}`;
      it(`${where} matches the schema, is short first and detailed after`, () => {
        const result = answerSchema.safeParse(file.data);
        expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
        const answer = String(file.data.answer);
        const body = proseOf(file.body);
        if (locale === 'zh-cn') {
          expect(cjkCount(answer), `${where} short answer`).toBeLessThanOrEqual(80);
          expect(cjkCount(body), `${where} body`).toBeGreaterThanOrEqual(150);
          expect(cjkCount(body), `${where} body`).toBeLessThanOrEqual(600);
        } else {
          expect(wordCount(answer), `${where} short answer`).toBeLessThanOrEqual(50);
          expect(wordCount(body), `${where} body`).toBeGreaterThanOrEqual(100);
          expect(wordCount(body), `${where} body`).toBeLessThanOrEqual(400);
        }
      });

      it(`${where} cites dated sources and links only to pages that exist in its language`, () => {
        for (const source of file.data.sources as { date?: string }[]) expect(source.date, where).toMatch(/^\d{4}/);
        const related = file.data.related as string[];
        for (const path of related) {
          const target = path.startsWith('answers/') ? slugs.has(path.slice('answers/'.length)) : articles.has(path);
          expect(target, `${where} related ${path}`).toBe(true);
        }
        expect(related.some((path) => !path.startsWith('answers/')), `${where} names no article, so no article lists it`).toBe(true);
        expect(brokenLinks(locale, `${file.body}\n${String(file.data.next)}`), where).toEqual([]);
      });
    }
  }
});

describe('answer schema', () => {
  const valid = {
    question: '借呗逾期一天会上征信吗？',
    answer: '可能会。',
    topic: 'credit',
    updated: '2026-12-02',
    related: ['overdue/what-happens'],
    next: '今天还上。',
    sources: [
      { title: '征信业管理条例', publisher: '国务院', date: '2013-01-21' },
      { title: 'FAQ', publisher: 'PBOC', date: '2023' },
    ],
  };

  it('accepts a complete answer and rejects one with a single source, an unknown topic or a malformed related path', () => {
    expect(answerSchema.safeParse(valid).success).toBe(true);
    expect(answerSchema.safeParse({ ...valid, sources: valid.sources.slice(0, 1) }).success).toBe(false);
    expect(answerSchema.safeParse({ ...valid, topic: 'news' }).success).toBe(false);
    expect(answerSchema.safeParse({ ...valid, related: ['/zh-cn/overdue/what-happens/'] }).success).toBe(false);
  });
});
